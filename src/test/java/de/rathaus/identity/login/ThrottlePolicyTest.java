package de.rathaus.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

    private final ThrottlePolicy policy =
            new ThrottlePolicy(5, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1));

    @Test
    void noLockBeforeTheThreshold() {
        for (int failures = 0; failures < 5; failures++) {
            assertThat(policy.lockAfter(failures)).isZero();
        }
    }

    @Test
    void theLockDoublesWithEachFurtherFailureUpToTheCap() {
        assertThat(policy.lockAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.lockAfter(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.lockAfter(7)).isEqualTo(Duration.ofMinutes(4));
        assertThat(policy.lockAfter(10)).isEqualTo(Duration.ofMinutes(32));
        assertThat(policy.lockAfter(11)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.lockAfter(1_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theDefaultsLockALoginNameAfterFiveAndAClientAfterFifty() {
        var properties = new LockoutProperties(5, 50, Duration.ofMinutes(1), Duration.ofHours(1));

        assertThat(properties.forLoginName().lockAfter(4)).isZero();
        assertThat(properties.forLoginName().lockAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.forClient().lockAfter(49)).isZero();
        assertThat(properties.forClient().lockAfter(50)).isEqualTo(Duration.ofMinutes(1));
    }
}
