package de.rathaus.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL 17 inside the application when no {@code spring.datasource.url} is set, so a
 * town can try Rathaus with nothing but a JDK. Data is kept in {@code rathaus.embedded-database.directory}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Path directory = properties.directory().toAbsolutePath();
        Files.createDirectories(directory.getParent());
        boolean temporary = properties.temporary();
        log.info("Starting embedded PostgreSQL in {}{}", directory, temporary ? " (temporary)" : "");
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(temporary)
                // Spring stops it (destroyMethod) after everything that uses the DataSource; zonky's own
                // JVM hook would race Spring's and leave shutdown waiting 30 s for a dead database
                .setRegisterShutdownHook(false)
                .setPort(properties.port())
                .setServerConfig("max_connections", "100")
                .setServerConfig("timezone", "UTC")
                // zonky turns synchronous_commit off (made for tests); a town's data must survive a
                // crash once the citizen was told "received" (ADR 0005)
                .setServerConfig("synchronous_commit", properties.durable() ? "on" : "off")
                .start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(properties.poolSize());
        dataSource.setPoolName("rathaus-embedded");
        return dataSource;
    }
}
