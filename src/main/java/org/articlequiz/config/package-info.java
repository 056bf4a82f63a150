/**
 * Configuration: the one typed {@link org.articlequiz.config.Settings} bean, read from the environment at deploy
 * time through MicroProfile Config, and the {@link java.time.Clock} every service uses.
 */
package org.articlequiz.config;
