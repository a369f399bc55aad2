package de.rathaus.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.rathaus.IntegrationTest;
import de.rathaus.TestTenants;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditLogIT {

    @Autowired
    AuditLog auditLog;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    Tenant town;

    @BeforeEach
    void freshTown() {
        town = TestTenants.fresh(tenants);
        CurrentTenant.runAs(town, () -> {
            auditLog.record("case.viewed", "case", "c-1", Map.of("office", "buergerbuero"));
            auditLog.record("case.decided", "case", "c-1", Map.of("outcome", "approved", "office", "buergerbuero"));
            auditLog.record("account.deleted", "account", "p-42", Map.of());
        });
    }

    @Test
    void anUntouchedChainIsIntact() {
        ChainVerification result = auditLog.verify(town.id());

        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(3);
    }

    @Test
    void detectsAChangedEntry() {
        tamper("update platform.audit_entry set details = '{\"outcome\": \"rejected\", \"office\": \"buergerbuero\"}'"
                + " where tenant_id = ? and seq = 2");

        ChainVerification result = auditLog.verify(town.id());

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(2);
        assertThat(result.reason()).contains("does not match its hash");
    }

    @Test
    void detectsARemovedEntryInTheMiddleAndAtTheEnd() {
        tamper("delete from platform.audit_entry where tenant_id = ? and seq = 2");
        assertThat(auditLog.verify(town.id()).firstBrokenSeq()).isEqualTo(2);

        tamper("delete from platform.audit_entry where tenant_id = ? and seq >= 2");
        ChainVerification truncated = auditLog.verify(town.id());
        assertThat(truncated.intact()).isFalse();
        assertThat(truncated.reason()).contains("ends before its recorded head");
    }

    @Test
    void detectsARewrittenChainWhoseHashesWereRecomputedWithoutTheLink() {
        tamper("update platform.audit_entry set prev_hash = repeat('a', 64) where tenant_id = ? and seq = 3");

        assertThat(auditLog.verify(town.id()).firstBrokenSeq()).isEqualTo(3);
    }

    @Test
    void refusesUpdatesAndDeletesThroughNormalSql() {
        assertThatThrownBy(() -> jdbc.sql("delete from platform.audit_entry where tenant_id = ?")
                        .param(town.id().value())
                        .update())
                .hasMessageContaining("append-only");
    }

    @Test
    void eachTownHasItsOwnChain() {
        Tenant other = TestTenants.fresh(tenants);
        CurrentTenant.runAs(other, () -> auditLog.record("case.viewed", "case", "x", Map.of()));

        tamper("update platform.audit_entry set action = 'forged' where tenant_id = ? and seq = 1");

        assertThat(auditLog.verify(town.id()).intact()).isFalse();
        assertThat(auditLog.verify(other.id()).intact()).isTrue();
    }

    @Autowired
    AuditChainCheck nightlyCheck;

    @Test
    void theNightlyCheckReportsBrokenChains() {
        assertThat(nightlyCheck.verifyAll()).doesNotContain(town.id());

        tamper("update platform.audit_entry set object_id = 'c-2' where tenant_id = ? and seq = 1");

        assertThat(nightlyCheck.verifyAll()).contains(town.id());
    }

    /** Bypasses the append-only trigger the way an attacker with database access could. */
    private void tamper(String sql) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql(sql).param(town.id().value()).update();
        });
    }
}
