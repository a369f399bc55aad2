package de.rathaus.identity.login;

import de.rathaus.identity.account.Counters;
import de.rathaus.identity.account.EmailAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per login name and per client address and locks them for a while. The
 * login name is counted whether or not an account exists, so a lock says nothing about whether an
 * address is registered.
 */
@Component
@EnableConfigurationProperties(LockoutProperties.class)
public class LoginThrottle {

    /** The two counters one sign-in attempt touches. */
    public record Keys(String loginName, String client) implements java.io.Serializable {}

    private final Counters counters;
    private final ThrottlePolicy namePolicy;
    private final ThrottlePolicy clientPolicy;
    private final Clock clock = Clock.systemUTC();

    LoginThrottle(Counters counters, LockoutProperties properties) {
        this.counters = counters;
        this.namePolicy = properties.forLoginName();
        this.clientPolicy = properties.forClient();
    }

    public static Keys keys(String loginName, String clientAddress) {
        return new Keys(nameKey(loginName), Counters.key("login-client", clientAddress));
    }

    /** Until when sign-in is refused for these keys, if it is. */
    public Optional<Instant> lockedUntil(Keys keys) {
        return counters.lockedUntil(List.of(keys.loginName(), keys.client()), clock.instant());
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
        counters.reset(keys.loginName());
    }

    /** After a password reset the owner of the address may try again at once. */
    @Transactional
    public void forgiveLoginName(String loginName) {
        counters.reset(nameKey(loginName));
    }

    private Optional<Instant> count(String key, ThrottlePolicy policy, Instant now) {
        Duration lock = policy.lockAfter(counters.increment(key, policy.window(), now));
        if (lock.isZero()) {
            return Optional.empty();
        }
        Instant until = now.plus(lock);
        counters.lock(key, until);
        return Optional.of(until);
    }

    private static String nameKey(String loginName) {
        return Counters.key("login-name", EmailAddress.key(loginName));
    }
}
