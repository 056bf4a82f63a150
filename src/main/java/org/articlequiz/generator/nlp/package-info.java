/** The only package that imports Stanford CoreNLP: one shared, lazily loaded pipeline and plain records of its output. */
package org.articlequiz.generator.nlp;
