package de.rathaus.identity.account;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes what has served its purpose: used and expired e-mail links, old abuse counters, and
 * registrations whose address was never confirmed (they own nothing, and keeping an unconfirmed
 * address would keep personal data without a reason). Runs across all towns: these rows carry no
 * decision of a town, only technical state with a fixed lifetime.
 */
@Configuration(proxyBeanMethods = false)
class IdentityCleanup {

    static final Duration UNCONFIRMED_REGISTRATION_LIFETIME = Duration.ofDays(7);

    private static final Logger log = LoggerFactory.getLogger(IdentityCleanup.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    IdentityCleanup(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Bean
    RecurringTask<Void> identityCleanupTask() {
        return Tasks.recurring("identity-cleanup", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> cleanUp());
    }

    /** @return how many rows were deleted */
    int cleanUp() {
        Integer deleted = transactions.execute(status -> {
            int tokens = jdbc.sql("""
                delete from identity.account_token
                 where expires_at < now() - interval '1 day' or used_at < now() - interval '1 day'
                """).update();
            int counters = jdbc.sql("""
                delete from identity.throttle
                 where last_failure_at < now() - interval '1 day'
                   and (locked_until is null or locked_until < now())
                """).update();
            int registrations = jdbc.sql("""
                delete from identity.account
                 where status = 'PENDING' and kind = 'CITIZEN' and created_at < now() - make_interval(days => ?)
                """)
                    .param((int) UNCONFIRMED_REGISTRATION_LIFETIME.toDays())
                    .update();
            if (registrations > 0) {
                log.info("Deleted {} registrations that were never confirmed", registrations);
            }
            return tokens + counters + registrations;
        });
        return deleted == null ? 0 : deleted;
    }
}
