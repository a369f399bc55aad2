package de.rathaus.platform.audit;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import de.rathaus.platform.tenancy.TenantId;
import de.rathaus.platform.tenancy.Tenants;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Verifies every audit chain each night. A broken chain is logged as an error and shows in the
 * metric {@code rathaus.audit.chains.broken}, so monitoring can alert the operator.
 */
@Configuration(proxyBeanMethods = false)
class AuditChainCheck {

    private static final Logger log = LoggerFactory.getLogger(AuditChainCheck.class);

    private final AuditLog auditLog;
    private final Tenants tenants;
    private final AtomicInteger broken = new AtomicInteger();

    AuditChainCheck(AuditLog auditLog, Tenants tenants, MeterRegistry meters) {
        this.auditLog = auditLog;
        this.tenants = tenants;
        Gauge.builder("rathaus.audit.chains.broken", broken, AtomicInteger::get)
                .description("Audit chains whose verification failed in the last nightly check")
                .register(meters);
    }

    @Bean
    RecurringTask<Void> auditChainVerification() {
        return Tasks.recurring("audit-chain-verification", Schedules.daily(LocalTime.of(2, 30)))
                .execute((instance, context) -> verifyAll());
    }

    /** @return the chains that are broken */
    List<TenantId> verifyAll() {
        var chains = new ArrayList<TenantId>();
        chains.add(AuditLog.INSTALLATION);
        tenants.all().forEach(tenant -> chains.add(tenant.id()));
        var brokenChains = new ArrayList<TenantId>();
        for (TenantId chain : chains) {
            ChainVerification result = auditLog.verify(chain);
            if (!result.intact()) {
                brokenChains.add(chain);
                log.error(
                        "Audit chain of tenant {} is broken at entry {}: {}",
                        chain,
                        result.firstBrokenSeq(),
                        result.reason());
            }
        }
        broken.set(brokenChains.size());
        return brokenChains;
    }
}
