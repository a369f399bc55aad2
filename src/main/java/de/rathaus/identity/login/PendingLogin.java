package de.rathaus.identity.login;

import de.rathaus.identity.TrustLevel;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A sign-in whose first factor is done and whose further steps are not. Kept in the session; the
 * person is not signed in (has no roles) while it exists.
 *
 * @param enrolmentSecret the Base32 secret offered while the second factor is being set up
 */
public record PendingLogin(
        UUID tenantId,
        UUID boundTenantId,
        UUID accountId,
        TrustLevel trustLevel,
        LoginThrottle.Keys throttleKeys,
        Instant startedAt,
        boolean secondFactorVerified,
        @Nullable String enrolmentSecret)
        implements Serializable {

    /** Time to finish the remaining steps. */
    static final Duration LIFETIME = Duration.ofMinutes(15);

    boolean expiredAt(Instant now) {
        return startedAt.plus(LIFETIME).isBefore(now);
    }

    public PendingLogin withSecondFactorVerified() {
        return new PendingLogin(
                tenantId,
                boundTenantId,
                accountId,
                trustLevel.atLeast(TrustLevel.SUBSTANTIAL) ? trustLevel : TrustLevel.SUBSTANTIAL,
                throttleKeys,
                startedAt,
                true,
                null);
    }

    public PendingLogin withEnrolmentSecret(String secret) {
        return new PendingLogin(
                tenantId, boundTenantId, accountId, trustLevel, throttleKeys, startedAt, secondFactorVerified, secret);
    }
}
