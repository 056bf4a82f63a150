/**
 * Item analysis over graded attempts, with Moodle's quiz statistics formulas (facility index, standard deviation,
 * discrimination index against the rest of the test, discriminative efficiency, effective weight, coefficient of
 * internal consistency), distractor analysis by Kelley's top and bottom 27% groups, and score histograms.
 * Plain Java: it knows answer sheets and keys, nothing of persistence, the web or Jakarta EE.
 */
package org.articlequiz.analysis;
