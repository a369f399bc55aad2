package de.rathaus.platform.abuse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The one check for what anyone may send without signing in: the proof of work decides which
 * limit applies. A solved challenge earns the normal limit; none at all (a browser without
 * JavaScript) either a stricter limit or a refusal, as the caller's {@link Policy} says; a wrong,
 * expired or reused solution is refused. Forms, the API and bookings use it alike, so the rules
 * cannot drift apart.
 */
@Service
public class AbuseGuard {

    /**
     * @param withProof the limit for requests with a valid solution
     * @param withoutProof the limit for requests without one, or null if a solution is required
     *     (e.g. on the API, where every client can solve challenges)
     */
    public record Policy(Limit withProof, @Nullable Limit withoutProof) {

        public static Policy proofRequired(Limit limit) {
            return new Policy(limit, null);
        }

        public static Policy proofOrStricterLimit(Limit withProof, Limit withoutProof) {
            return new Policy(withProof, withoutProof);
        }
    }

    /** What the caller does next. */
    public sealed interface Outcome {

        /** Go ahead; {@code proven} says whether a solution was given. */
        record Admitted(boolean proven) implements Outcome {}

        /** The solution is wrong, expired, reused, or missing where required: say so and let them try again. */
        record Rejected(Verdict verdict) implements Outcome {}

        /** Over the limit: answer 429, e.g. by throwing {@link TooManyRequestsException}. */
        record Throttled(long retryAfterSeconds) implements Outcome {}
    }

    // requests without a solution count in a bucket of their own, so they never use up the normal one
    static final String WITHOUT_PROOF = ":ohne-nachweis";

    private final ProofOfWork proofOfWork;
    private final RateLimits rateLimits;

    AbuseGuard(ProofOfWork proofOfWork, RateLimits rateLimits) {
        this.proofOfWork = proofOfWork;
        this.rateLimits = rateLimits;
    }

    /**
     * Checks the submitted solution (using it up if valid) and counts the request against the
     * limit that applies.
     *
     * @param bucket what is counted, e.g. {@code "forms-submit"}
     * @param clientKey who is counted, from {@link ClientKeys}
     * @param solution the submitted ALTCHA payload (field {@code altcha}), null or blank if none
     */
    public Outcome check(String bucket, String clientKey, @Nullable String solution, Policy policy) {
        Verdict verdict = proofOfWork.verify(solution);
        return switch (verdict) {
            case Verdict.Valid valid -> count(bucket, clientKey, policy.withProof(), true);
            case Verdict.Missing missing ->
                policy.withoutProof() == null
                        ? new Outcome.Rejected(verdict)
                        : count(bucket + WITHOUT_PROOF, clientKey, policy.withoutProof(), false);
            case Verdict.Invalid invalid -> new Outcome.Rejected(verdict);
            case Verdict.Expired expired -> new Outcome.Rejected(verdict);
            case Verdict.Replayed replayed -> new Outcome.Rejected(verdict);
        };
    }

    private Outcome count(String bucket, String clientKey, Limit limit, boolean proven) {
        return switch (rateLimits.tryAcquire(bucket, clientKey, limit)) {
            case Decision.Allowed allowed -> new Outcome.Admitted(proven);
            case Decision.Refused refused -> new Outcome.Throttled(refused.retryAfterSeconds());
        };
    }
}
