package de.rathaus.forms.draft;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Deletes drafts nobody came back to, with their uploads: a guest's after a week (their resume link
 * has expired by then), a signed-in citizen's after {@code rathaus.forms.drafts.account-lifetime}.
 * Answers are personal data; keeping them without a purpose is not allowed.
 */
@Configuration(proxyBeanMethods = false)
class DraftCleanup {

    private static final Logger log = LoggerFactory.getLogger(DraftCleanup.class);

    private final Drafts drafts;
    private final Tenants tenants;
    private final Duration guestLifetime;
    private final Duration accountLifetime;

    DraftCleanup(
            Drafts drafts,
            Tenants tenants,
            @Value("${rathaus.forms.drafts.guest-lifetime:P7D}") Duration guestLifetime,
            @Value("${rathaus.forms.drafts.account-lifetime:P90D}") Duration accountLifetime) {
        this.drafts = drafts;
        this.tenants = tenants;
        this.guestLifetime = guestLifetime;
        this.accountLifetime = accountLifetime;
    }

    @Bean
    RecurringTask<Void> draftCleanupTask() {
        return Tasks.recurring("forms-draft-cleanup", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> cleanUp(Instant.now()));
    }

    /** @return how many drafts were deleted in all towns */
    int cleanUp(Instant now) {
        int deleted = 0;
        for (Tenant town : tenants.all()) {
            deleted += CurrentTenant.runAs(
                    town, () -> drafts.deleteExpired(now.minus(guestLifetime), now.minus(accountLifetime)));
        }
        if (deleted > 0) {
            log.info("Deleted {} drafts nobody came back to", deleted);
        }
        return deleted;
    }
}
