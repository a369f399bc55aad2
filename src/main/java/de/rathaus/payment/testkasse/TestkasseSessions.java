package de.rathaus.payment.testkasse;

import com.fasterxml.uuid.Generators;
import de.rathaus.payment.PaymentRequest;
import de.rathaus.payment.PaymentStatus;
import de.rathaus.platform.tenancy.CurrentTenant;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The test cash desk's own state, always that of the current town. */
@Repository
class TestkasseSessions {

    private final JdbcClient jdbc;

    TestkasseSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID open(PaymentRequest request) {
        UUID id = Generators.timeBasedEpochGenerator().generate();
        jdbc.sql("""
            insert into payment.testkasse_session (tenant_id, id, amount, purpose, return_url, status, created_at)
            values (:tenant, :id, :amount, :purpose, :returnUrl, 'INITIAL', :now)
            """)
                .param("tenant", tenant())
                .param("id", id)
                .param("amount", request.amount())
                .param("purpose", request.purpose())
                .param("returnUrl", request.returnUrl().toString())
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    Optional<TestkasseSession> find(UUID id) {
        return jdbc.sql("""
            select id, amount, purpose, return_url, status
              from payment.testkasse_session
             where tenant_id = :tenant and id = :id
            """)
                .param("tenant", tenant())
                .param("id", id)
                .query((rs, row) -> new TestkasseSession(
                        rs.getObject("id", UUID.class),
                        rs.getBigDecimal("amount"),
                        rs.getString("purpose"),
                        URI.create(rs.getString("return_url")),
                        PaymentStatus.valueOf(rs.getString("status"))))
                .optional();
    }

    /** Records the visitor's choice; the first choice counts, later ones change nothing. */
    void decide(UUID id, PaymentStatus outcome) {
        jdbc.sql("""
            update payment.testkasse_session
               set status = :status, decided_at = :now
             where tenant_id = :tenant and id = :id and status = 'INITIAL'
            """)
                .param("tenant", tenant())
                .param("id", id)
                .param("status", outcome.name())
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    private static UUID tenant() {
        return CurrentTenant.id().value();
    }
}
