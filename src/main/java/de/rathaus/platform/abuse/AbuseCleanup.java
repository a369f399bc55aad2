package de.rathaus.platform.abuse;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Deletes rate-limit windows that have ended and used challenges that have expired: neither
 * decides anything any more. Runs across all towns, since the rows are technical state with a fixed
 * lifetime.
 */
@Configuration(proxyBeanMethods = false)
class AbuseCleanup {

    private final RateLimits rateLimits;
    private final ProofOfWork proofOfWork;

    AbuseCleanup(RateLimits rateLimits, ProofOfWork proofOfWork) {
        this.rateLimits = rateLimits;
        this.proofOfWork = proofOfWork;
    }

    @Bean
    RecurringTask<Void> abuseCleanupTask() {
        return Tasks.recurring("abuse-cleanup", FixedDelay.of(Duration.ofMinutes(10)))
                .execute((instance, context) -> cleanUp());
    }

    /** @return how many rows were deleted */
    int cleanUp() {
        return rateLimits.forgetEnded() + proofOfWork.forgetExpired();
    }
}
