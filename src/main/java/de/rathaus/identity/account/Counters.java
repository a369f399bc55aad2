package de.rathaus.identity.account;

import de.rathaus.platform.tenancy.CurrentTenant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counters of the current town that slow down abuse (failed sign-ins, e-mails sent), in the
 * database so that every node sees the same numbers. Keys are stored as SHA-256 hashes, so an
 * address or e-mail address cannot be read from them.
 */
@Repository
public class Counters {

    private final JdbcClient jdbc;

    Counters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String key(String kind, String value) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest((kind + ":" + value).getBytes(StandardCharsets.UTF_8));
            return kind + ":" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /**
     * Counts one more event and returns the count; events longer ago than the window are forgotten
     * (unless the key is locked right now).
     */
    public int increment(String key, Duration window, Instant now) {
        Timestamp at = Timestamp.from(now);
        return jdbc.sql("""
            insert into identity.throttle as t (tenant_id, throttle_key, failures, last_failure_at)
            values (?, ?, 1, ?)
            on conflict (tenant_id, throttle_key) do update
               set failures = case when t.last_failure_at < ? and coalesce(t.locked_until, ?) <= ?
                                   then 1 else t.failures + 1 end,
                   last_failure_at = excluded.last_failure_at
            returning failures
            """)
                .params(tenant(), key, at, Timestamp.from(now.minus(window)), at, at)
                .query(Integer.class)
                .single();
    }

    public void lock(String key, Instant until) {
        jdbc.sql("update identity.throttle set locked_until = ? where tenant_id = ? and throttle_key = ?")
                .params(Timestamp.from(until), tenant(), key)
                .update();
    }

    /** The latest lock among these keys that has not ended yet. */
    public Optional<Instant> lockedUntil(List<String> keys, Instant now) {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        String placeholders = String.join(", ", keys.stream().map(key -> "?").toList());
        var params = new java.util.ArrayList<Object>();
        params.add(tenant());
        params.addAll(keys);
        params.add(Timestamp.from(now));
        Timestamp until = jdbc.sql(
                        "select max(locked_until) from identity.throttle where tenant_id = ? and throttle_key in ("
                                + placeholders + ") and locked_until > ?")
                .params(params)
                .query(Timestamp.class)
                .optional()
                .orElse(null);
        return Optional.ofNullable(until).map(Timestamp::toInstant);
    }

    public void reset(String key) {
        jdbc.sql("delete from identity.throttle where tenant_id = ? and throttle_key = ?")
                .params(tenant(), key)
                .update();
    }

    private static UUID tenant() {
        return CurrentTenant.id().value();
    }
}
