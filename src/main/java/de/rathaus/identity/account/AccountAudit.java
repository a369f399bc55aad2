package de.rathaus.identity.account;

import de.rathaus.platform.audit.AuditLog;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Records what happens to an account in the audit chain it belongs to: its town's, or the
 * installation's for operators (who act on whatever host they use, but belong to no town).
 * Accounts appear only by pseudonym.
 */
@Component
public class AccountAudit {

    private final AuditLog audit;

    AccountAudit(AuditLog audit) {
        this.audit = audit;
    }

    public void record(Account account, String action, Map<String, String> details) {
        record(account.tenantId(), account.pseudonym(), action, details);
    }

    /** @param scope the tenant id the account belongs to ({@link Accounts#INSTALLATION} for operators) */
    public void record(UUID scope, UUID pseudonym, String action, Map<String, String> details) {
        if (Accounts.INSTALLATION.equals(scope)) {
            audit.recordFor(AuditLog.INSTALLATION, action, "account", pseudonym.toString(), details);
        } else {
            audit.record(action, "account", pseudonym.toString(), details);
        }
    }
}
