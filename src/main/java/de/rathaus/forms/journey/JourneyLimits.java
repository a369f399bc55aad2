package de.rathaus.forms.journey;

import de.rathaus.platform.abuse.AbuseGuard;
import de.rathaus.platform.abuse.ClientKeys;
import de.rathaus.platform.abuse.Decision;
import de.rathaus.platform.abuse.Limit;
import de.rathaus.platform.abuse.RateLimits;
import de.rathaus.platform.abuse.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits what guests may do without signing in, per client: starting drafts, and sending
 * applications. A browser that solved the proof of work gets the normal limit; one without
 * JavaScript (no solution) a stricter one, so people without JavaScript can still apply while a
 * bot cannot send thousands.
 */
@Component
class JourneyLimits {

    private final RateLimits limits;
    private final ClientKeys clients;
    private final AbuseGuard guard;
    private final Limit guestStarts;
    private final AbuseGuard.Policy submissions;

    JourneyLimits(
            RateLimits limits,
            ClientKeys clients,
            AbuseGuard guard,
            @Value("${rathaus.forms.journey.guest-starts-per-hour:30}") int guestStarts,
            @Value("${rathaus.forms.journey.guest-submissions-per-hour:20}") int submissions,
            @Value("${rathaus.forms.journey.guest-submissions-without-proof-per-hour:5}") int withoutProof) {
        this.limits = limits;
        this.clients = clients;
        this.guard = guard;
        this.guestStarts = new Limit(guestStarts, Duration.ofHours(1));
        this.submissions = AbuseGuard.Policy.proofOrStricterLimit(
                new Limit(submissions, Duration.ofHours(1)), new Limit(withoutProof, Duration.ofHours(1)));
    }

    /** @throws TooManyRequestsException when this client started too many drafts as a guest */
    void guestStart(HttpServletRequest request) {
        check("forms-guest-start", request, guestStarts);
    }

    /**
     * Counts a guest's submission, with the limit the proof of work earns.
     *
     * @param proof the widget's solution, or {@code null} when the browser sent none
     * @return false when the solution is wrong, expired or used before (the page asks to send again)
     * @throws TooManyRequestsException over the limit
     */
    boolean guestSubmission(HttpServletRequest request, @Nullable String proof) {
        return switch (guard.check("forms-guest-submit", clients.of(request), proof, submissions)) {
            case AbuseGuard.Outcome.Admitted admitted -> true;
            case AbuseGuard.Outcome.Rejected rejected -> false;
            case AbuseGuard.Outcome.Throttled throttled ->
                throw new TooManyRequestsException(throttled.retryAfterSeconds());
        };
    }

    private void check(String bucket, HttpServletRequest request, Limit limit) {
        if (limits.tryAcquire(bucket, clients.of(request), limit) instanceof Decision.Refused refused) {
            throw new TooManyRequestsException(refused);
        }
    }
}
