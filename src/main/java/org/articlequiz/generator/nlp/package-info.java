/**
 * The only package that imports Stanford CoreNLP and WordNet (extjwnl): one shared, lazily loaded pipeline, one shared
 * lexicon, and plain records of their output.
 */
package org.articlequiz.generator.nlp;
