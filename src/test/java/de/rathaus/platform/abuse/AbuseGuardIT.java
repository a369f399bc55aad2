package de.rathaus.platform.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.platform.abuse.AbuseGuard.Outcome;
import de.rathaus.platform.abuse.AbuseGuard.Policy;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenants;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AbuseGuardIT {

    private static final Policy WEB =
            Policy.proofOrStricterLimit(new Limit(3, Duration.ofHours(1)), new Limit(1, Duration.ofHours(1)));
    private static final Policy API = Policy.proofRequired(new Limit(2, Duration.ofHours(1)));

    @Autowired
    AbuseGuard guard;

    @Autowired
    ProofOfWork proofOfWork;

    @Autowired
    Tenants tenants;

    @Test
    void aSolvedChallengeIsAdmittedUntilTheNormalLimit() {
        String bucket = bucket();

        assertThat(check(bucket, solution(), API)).isEqualTo(new Outcome.Admitted(true));
        assertThat(check(bucket, solution(), API)).isEqualTo(new Outcome.Admitted(true));
        assertThat(check(bucket, solution(), API)).isInstanceOf(Outcome.Throttled.class);
    }

    @Test
    void withoutASolutionTheStricterLimitAppliesAndLeavesTheNormalOneAlone() {
        String bucket = bucket();

        assertThat(check(bucket, null, WEB)).isEqualTo(new Outcome.Admitted(false));
        assertThat(check(bucket, "", WEB))
                .isInstanceOfSatisfying(
                        Outcome.Throttled.class,
                        throttled -> assertThat(throttled.retryAfterSeconds()).isPositive());
        assertThat(check(bucket, solution(), WEB)).isEqualTo(new Outcome.Admitted(true));
    }

    @Test
    void whereASolutionIsRequiredNoneIsRejected() {
        assertThat(check(bucket(), null, API)).isEqualTo(new Outcome.Rejected(new Verdict.Missing()));
    }

    @Test
    void aReusedOrForgedSolutionIsRejectedEvenWhereNoneWouldDo() {
        String bucket = bucket();
        String solution = solution();
        check(bucket, solution, WEB);

        assertThat(check(bucket, solution, WEB)).isEqualTo(new Outcome.Rejected(new Verdict.Replayed()));
        assertThat(check(bucket, "Zm9v", WEB)).isEqualTo(new Outcome.Rejected(new Verdict.Invalid("unreadable")));
    }

    private Outcome check(String bucket, String solution, Policy policy) {
        Supplier<Outcome> work = () -> guard.check(bucket, "client-a", solution, policy);
        return CurrentTenant.runAs(tenants.bySlug("musterstadt").orElseThrow(), work);
    }

    private String solution() {
        return Solver.payload(proofOfWork.issue());
    }

    private static String bucket() {
        return "test-" + UUID.randomUUID();
    }
}
