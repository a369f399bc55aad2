package de.rathaus.identity.account;

import java.util.UUID;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends an account's sessions on every node, e.g. when its password changes, its roles change or it
 * is deactivated. Sessions are indexed by the principal name, which is the account id.
 */
@Component
public class AccountSessions {

    private final FindByIndexNameSessionRepository<?> sessions;

    AccountSessions(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    public void endAll(UUID accountId) {
        sessions.findByPrincipalName(accountId.toString()).keySet().forEach(sessions::deleteById);
    }

    /** Ends every other session, e.g. after a password change, keeping the one the change was made in. */
    public void endAllExcept(UUID accountId, String currentSessionId) {
        sessions.findByPrincipalName(accountId.toString()).keySet().stream()
                .filter(id -> !id.equals(currentSessionId))
                .forEach(sessions::deleteById);
    }
}
