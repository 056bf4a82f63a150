package org.articlequiz.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Migrates the schema with Flyway while Hibernate builds the session factory, before Hibernate validates the
 * schema ({@code hibernate.hbm2ddl.auto=validate}): an integrator runs early in session factory construction,
 * schema validation at its end. So a new WAR on an old database migrates first and then is checked, on every node,
 * and Flyway's lock keeps two nodes from migrating at once. Registered in META-INF/services.
 */
public class SchemaMigration implements Integrator {
    private static final System.Logger LOG = System.getLogger(SchemaMigration.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = sessionFactory.getServiceRegistry().requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        var result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.log(System.Logger.Level.INFO, "Schema at version {0} ({1} migration(s) applied)",
                result.targetSchemaVersion, result.migrationsExecuted);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to undo
    }
}
