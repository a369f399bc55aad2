package de.rathaus.platform.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class RateLimitsIT {

    // 10 s into a one-minute window
    private static final Instant NOW = Instant.parse("2026-11-25T10:15:10Z");
    private static final Limit THREE_PER_MINUTE = new Limit(3, Duration.ofMinutes(1));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Tenants tenants;

    @Autowired
    RateLimits shared;

    @Test
    void allowsThePermitsThenRefusesUntilTheWindowEnds() {
        RateLimits limits = at(NOW);
        String bucket = bucket();

        List<Decision> decisions = inMusterstadt(() -> List.of(
                limits.tryAcquire(bucket, "client-a", THREE_PER_MINUTE),
                limits.tryAcquire(bucket, "client-a", THREE_PER_MINUTE),
                limits.tryAcquire(bucket, "client-a", THREE_PER_MINUTE),
                limits.tryAcquire(bucket, "client-a", THREE_PER_MINUTE)));

        assertThat(decisions)
                .containsExactly(
                        new Decision.Allowed(2),
                        new Decision.Allowed(1),
                        new Decision.Allowed(0),
                        new Decision.Refused(50));
    }

    @Test
    void theNextWindowStartsAfresh() {
        String bucket = bucket();
        inMusterstadt(() -> {
            for (int i = 0; i < 4; i++) {
                at(NOW).tryAcquire(bucket, "client-a", THREE_PER_MINUTE);
            }
            return null;
        });

        Decision next = inMusterstadt(() -> at(NOW.plusSeconds(50)).tryAcquire(bucket, "client-a", THREE_PER_MINUTE));

        assertThat(next).isEqualTo(new Decision.Allowed(2));
    }

    @Test
    void countsEachBucketClientAndTownApart() {
        RateLimits limits = at(NOW);
        String bucket = bucket();
        Limit one = new Limit(1, Duration.ofHours(1));
        Tenant otherTown = tenants.bySlug("musterdorf").orElseThrow();

        inMusterstadt(() -> limits.tryAcquire(bucket, "client-a", one));

        assertThat(inMusterstadt(() -> limits.tryAcquire(bucket, "client-a", one)))
                .isInstanceOf(Decision.Refused.class);
        assertThat(inMusterstadt(() -> limits.tryAcquire(bucket, "client-b", one)))
                .isEqualTo(new Decision.Allowed(0));
        assertThat(inMusterstadt(() -> limits.tryAcquire(bucket + "-other", "client-a", one)))
                .isEqualTo(new Decision.Allowed(0));
        assertThat(CurrentTenant.runAs(otherTown, () -> limits.tryAcquire(bucket, "client-a", one)))
                .isEqualTo(new Decision.Allowed(0));
    }

    @Test
    void retryAfterIsRoundedUpToWholeSeconds() {
        String bucket = bucket();
        RateLimits limits = at(NOW.plusMillis(39_001));
        Limit one = new Limit(1, Duration.ofMinutes(1));

        inMusterstadt(() -> limits.tryAcquire(bucket, "client-a", one));

        // 10.999 s left in the window
        assertThat(inMusterstadt(() -> limits.tryAcquire(bucket, "client-a", one)))
                .isEqualTo(new Decision.Refused(11));
    }

    @Test
    void concurrentAttemptsNeverGetMorePermitsThanTheLimit() throws Exception {
        String bucket = bucket();
        Limit ten = new Limit(10, Duration.ofHours(1));
        Tenant town = tenants.bySlug("musterstadt").orElseThrow();
        List<Future<Decision>> decisions = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 40; i++) {
                decisions.add(threads.submit(
                        () -> CurrentTenant.runAs(town, () -> shared.tryAcquire(bucket, "client-a", ten))));
            }
        }
        int allowed = 0;
        for (Future<Decision> decision : decisions) {
            allowed += decision.get().allowed() ? 1 : 0;
        }

        assertThat(allowed).isEqualTo(10);
    }

    @Test
    void endedWindowsAreForgotten() {
        String bucket = bucket();
        inMusterstadt(() -> at(NOW).tryAcquire(bucket, "client-a", THREE_PER_MINUTE));
        assertThat(rows(bucket)).isEqualTo(1);

        at(NOW.plusSeconds(30)).forgetEnded();
        assertThat(rows(bucket)).isEqualTo(1);

        at(NOW.plusSeconds(51)).forgetEnded();
        assertThat(rows(bucket)).isZero();
    }

    @Test
    void limitsNeedAtLeastOnePermitAndOneSecond() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Limit(0, Duration.ofMinutes(1)));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Limit(1, Duration.ofMillis(10)));
    }

    private RateLimits at(Instant now) {
        return new RateLimits(jdbc, Clock.fixed(now, ZoneOffset.UTC));
    }

    private int rows(String bucket) {
        return jdbc.sql("select count(*) from platform.rate_limit where bucket = ?")
                .param(bucket)
                .query(Integer.class)
                .single();
    }

    private <T> T inMusterstadt(Callable<T> work) {
        return CurrentTenant.runAs(tenants.bySlug("musterstadt").orElseThrow(), () -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String bucket() {
        return "test-" + UUID.randomUUID();
    }
}
