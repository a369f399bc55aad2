package de.rathaus.payment.invoice;

import de.rathaus.payment.KassenzeichenSource;
import de.rathaus.payment.PaymentRequest;
import de.rathaus.platform.tenancy.TenantId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The default {@link KassenzeichenSource}: Rathaus numbers the Kassenzeichen itself, per town and
 * year, in the format of {@link Kassenzeichen}. The counter row stays locked until the caller's
 * transaction ends, so numbers are handed out in order and a rolled-back payment leaves no gap.
 */
class OwnKassenzeichen implements KassenzeichenSource {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final JdbcClient jdbc;
    private final Clock clock;

    OwnKassenzeichen(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String next(TenantId tenant, PaymentRequest request) {
        int year = LocalDate.now(clock.withZone(BERLIN)).getYear();
        int number = jdbc.sql("""
                        insert into payment.kassenzeichen_counter as counter (tenant_id, year, last_value)
                        values (:tenant, :year, 1)
                        on conflict (tenant_id, year) do update set last_value = counter.last_value + 1
                        returning last_value
                        """)
                .param("tenant", tenant.value())
                .param("year", year)
                .query(Integer.class)
                .single();
        if (number > Kassenzeichen.MAX_NUMBER) {
            throw new IllegalStateException("All Kassenzeichen of " + year + " are used up");
        }
        return Kassenzeichen.of(year, number);
    }
}
