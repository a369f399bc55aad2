package de.rathaus.identity.login;

import de.rathaus.identity.account.EmailAddress;
import de.rathaus.platform.tenancy.CurrentTenant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per login name and per client address and locks them for a while. The
 * login name is counted whether or not an account exists, so a lock says nothing about whether an
 * address is registered. Names and addresses are stored only as hashes.
 */
@Component
@EnableConfigurationProperties(LockoutProperties.class)
public class LoginThrottle {

    /** The two counters one sign-in attempt touches. */
    public record Keys(String loginName, String client) implements java.io.Serializable {}

    private final JdbcClient jdbc;
    private final ThrottlePolicy namePolicy;
    private final ThrottlePolicy clientPolicy;
    private final Clock clock = Clock.systemUTC();

    LoginThrottle(JdbcClient jdbc, LockoutProperties properties) {
        this.jdbc = jdbc;
        this.namePolicy = properties.forLoginName();
        this.clientPolicy = properties.forClient();
    }

    public static Keys keys(String loginName, String clientAddress) {
        return new Keys(hash("name:" + EmailAddress.key(loginName)), hash("client:" + clientAddress));
    }

    /** Until when sign-in is refused for these keys, if it is. */
    public Optional<Instant> lockedUntil(Keys keys) {
        Timestamp until = jdbc.sql(
                        """
                        select max(locked_until) from identity.login_throttle
                         where tenant_id = ? and throttle_key in (?, ?) and locked_until > ?
                        """)
                .params(tenant(), keys.loginName(), keys.client(), Timestamp.from(clock.instant()))
                .query(Timestamp.class)
                .optional()
                .orElse(null);
        return Optional.ofNullable(until).map(Timestamp::toInstant);
    }

    /** Counts a failure; returns until when sign-in is now refused, if this failure caused a lock. */
    @Transactional
    public Optional<Instant> recordFailure(Keys keys) {
        Instant now = clock.instant();
        Optional<Instant> nameLock = count(keys.loginName(), namePolicy, now);
        Optional<Instant> clientLock = count(keys.client(), clientPolicy, now);
        return List.of(nameLock, clientLock).stream().flatMap(Optional::stream).max(Instant::compareTo);
    }

    /** A successful sign-in forgives the login name's failures (not the client's: it may be shared by an attacker). */
    @Transactional
    public void recordSuccess(Keys keys) {
        forgive(keys.loginName());
    }

    /** After a password reset the owner of the address may try again at once. */
    @Transactional
    public void forgiveLoginName(String loginName) {
        forgive(keys(loginName, "").loginName());
    }

    private void forgive(String key) {
        jdbc.sql("delete from identity.login_throttle where tenant_id = ? and throttle_key = ?")
                .params(tenant(), key)
                .update();
    }

    private Optional<Instant> count(String key, ThrottlePolicy policy, Instant now) {
        Timestamp at = Timestamp.from(now);
        int failures = jdbc.sql(
                        """
                        insert into identity.login_throttle as t (tenant_id, throttle_key, failures, last_failure_at)
                        values (?, ?, 1, ?)
                        on conflict (tenant_id, throttle_key) do update
                           set failures = case when t.last_failure_at < ? and coalesce(t.locked_until, ?) <= ?
                                               then 1 else t.failures + 1 end,
                               last_failure_at = excluded.last_failure_at
                        returning failures
                        """)
                .params(tenant(), key, at, Timestamp.from(now.minus(policy.window())), at, at)
                .query(Integer.class)
                .single();
        Duration lock = policy.lockAfter(failures);
        if (lock.isZero()) {
            return Optional.empty();
        }
        Instant until = now.plus(lock);
        jdbc.sql("update identity.login_throttle set locked_until = ? where tenant_id = ? and throttle_key = ?")
                .params(Timestamp.from(until), tenant(), key)
                .update();
        return Optional.of(until);
    }

    private static UUID tenant() {
        return CurrentTenant.id().value();
    }

    private static String hash(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
