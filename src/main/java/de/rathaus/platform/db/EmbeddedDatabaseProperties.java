package de.rathaus.platform.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param directory where the data lives; kept between starts unless {@code temporary}
 * @param temporary wipe the directory at start (tests)
 * @param port 0 picks a free port
 * @param poolSize connections in the pool
 * @param durable a commit returns only when it is on disk ({@code synchronous_commit}); off only for
 *     tests, whose data need not survive a crash
 */
@ConfigurationProperties("rathaus.embedded-database")
record EmbeddedDatabaseProperties(
        @DefaultValue("data/postgres") Path directory,
        @DefaultValue("false") boolean temporary,
        @DefaultValue("0") int port,
        @DefaultValue("20") int poolSize,
        @DefaultValue("true") boolean durable) {}
