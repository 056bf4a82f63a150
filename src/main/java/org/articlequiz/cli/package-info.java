/** The command line: generate items, print the quality report, and benchmark the generator. */
package org.articlequiz.cli;
