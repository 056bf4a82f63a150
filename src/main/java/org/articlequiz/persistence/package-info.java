/**
 * JPA and SQL implementations of the domain's repository interfaces, and the schema migration that runs before
 * Hibernate validates the schema. Nothing imports this package: CDI injects its beans by their interfaces.
 */
package org.articlequiz.persistence;
