package de.rathaus;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Starts Rathaus a second time as an operator would in production: against an external, empty
 * database (here a fresh database in the test's PostgreSQL), without demo data, with the first
 * town and accounts named in the configuration.
 */
@IntegrationTest
class ProductionBootstrapIT {

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEmptyExternalDatabaseGetsOneTownItsAdminAndTheOperatorButNoDemoData() {
        String database = "bootstrap_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("create database " + database).update();
        String url = postgres.getJdbcUrl("postgres", database);

        try (var app = new SpringApplicationBuilder(RathausApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--server.port=0",
                        "--rathaus.tenant.name=Treuchtlingen",
                        "--rathaus.tenant.host=service.treuchtlingen.example",
                        "--rathaus.tenant.admin-email=it@treuchtlingen.example",
                        "--rathaus.tenant.admin-password=ein-langes-erstes-Passwort",
                        "--rathaus.operator.email=betrieb@rechenzentrum.example",
                        "--rathaus.operator.password=noch-ein-langes-Passwort",
                        "--rathaus.files.master-key="
                                + java.util.Base64.getEncoder()
                                        .encodeToString(new byte[32])
                                        .replace('A', 'B'))) {
            var db = app.getBean(JdbcClient.class);

            assertThat(db.sql("select name from platform.tenant")
                            .query(String.class)
                            .list())
                    .containsExactly("Treuchtlingen");
            assertThat(db.sql("select host from platform.tenant_host")
                            .query(String.class)
                            .list())
                    .containsExactly("service.treuchtlingen.example");
            List<String> accounts = db.sql("select kind || ':' || email from identity.account order by kind")
                    .query(String.class)
                    .list();
            assertThat(accounts)
                    .containsExactlyInAnyOrder(
                            "OPERATOR:betrieb@rechenzentrum.example", "STAFF:it@treuchtlingen.example");
            assertThat(db.sql("""
                            select count(*) from identity.account a join identity.role_grant g
                              on g.tenant_id = a.tenant_id and g.account_id = a.id
                             where a.email = 'it@treuchtlingen.example' and g.role = 'TENANT_ADMIN'""").query(Long.class).single()).isEqualTo(1);
        }
    }
}
