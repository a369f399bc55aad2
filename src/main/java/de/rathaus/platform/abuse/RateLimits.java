package de.rathaus.platform.abuse;

import de.rathaus.platform.tenancy.CurrentTenant;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Fixed-window counters of the current town in PostgreSQL: one upsert per attempt counts it and
 * returns the count atomically, so several nodes share one limit. A bucket names what is counted
 * (e.g. {@code "forms-submit"}); the client key says for whom (see {@link ClientKeys}).
 *
 * <p>Fixed windows let a client use up to twice the permits around a window's edge; that is
 * acceptable against floods and costs one row per client and window, not one per attempt.
 */
@Service
public class RateLimits {

    private final JdbcClient jdbc;
    private final Clock clock;

    @Autowired
    RateLimits(JdbcClient jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    /** With another clock, for tests of window edges. */
    RateLimits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts one attempt of this client in this bucket and says whether it is within the limit. */
    public Decision tryAcquire(String bucket, String clientKey, Limit limit) {
        Instant now = clock.instant();
        long windowMillis = limit.window().toMillis();
        Instant windowStart = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), windowMillis) * windowMillis);
        Instant windowEnd = windowStart.plus(limit.window());
        int count = jdbc.sql("""
                insert into platform.rate_limit as r (tenant_id, bucket, client_key, window_start, count, expires_at)
                values (?, ?, ?, ?, 1, ?)
                on conflict (tenant_id, bucket, client_key, window_start) do update set count = r.count + 1
                returning count
                """)
                .params(
                        CurrentTenant.id().value(),
                        bucket,
                        clientKey,
                        Timestamp.from(windowStart),
                        Timestamp.from(windowEnd))
                .query(Integer.class)
                .single();
        if (count <= limit.permits()) {
            return new Decision.Allowed(limit.permits() - count);
        }
        long millisLeft = Duration.between(now, windowEnd).toMillis();
        return new Decision.Refused(Math.max(1, (millisLeft + 999) / 1000));
    }

    /** Forgets windows that have ended, in every town. */
    int forgetEnded() {
        return jdbc.sql("delete from platform.rate_limit where expires_at < ?")
                .param(Timestamp.from(clock.instant()))
                .update();
    }
}
