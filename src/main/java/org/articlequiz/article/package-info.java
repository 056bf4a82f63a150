/** Articles as the generator reads them: .txt, .html and .md read into a title, a dateline and clean paragraphs, with page chrome, tag lines, bylines and mojibake removed. */
package org.articlequiz.article;
