package de.rathaus.identity.login;

import de.rathaus.identity.account.Account;
import de.rathaus.identity.account.AccountAudit;
import de.rathaus.identity.account.Accounts;
import de.rathaus.platform.audit.AuditLog;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;

/**
 * One attempt to sign in with a login name and password, through whatever providers are
 * configured, under the lock-out rules: a locked name or client is refused before any password is
 * checked, and each wrong password counts towards the next lock.
 */
@Service
public class PasswordSignIn {

    /** How an attempt ended. */
    public sealed interface Attempt {
        record Verified(VerifiedAccount account, LoginThrottle.Keys keys) implements Attempt {}

        record WrongCredentials() implements Attempt {}

        record Locked(Instant until) implements Attempt {}

        record NotConfirmed() implements Attempt {}

        record Deactivated() implements Attempt {}
    }

    private final AuthenticationManager authentication;
    private final LoginThrottle throttle;
    private final Accounts accounts;
    private final AccountAudit audit;
    private final AuditLog auditLog;

    PasswordSignIn(
            AuthenticationManager authentication,
            LoginThrottle throttle,
            Accounts accounts,
            AccountAudit audit,
            AuditLog auditLog) {
        this.authentication = authentication;
        this.throttle = throttle;
        this.accounts = accounts;
        this.audit = audit;
        this.auditLog = auditLog;
    }

    public Attempt attempt(String loginName, String password, String clientAddress) {
        LoginThrottle.Keys keys = LoginThrottle.keys(loginName, clientAddress);
        Optional<Instant> locked = throttle.lockedUntil(keys);
        if (locked.isPresent()) {
            return new Attempt.Locked(locked.get());
        }
        try {
            Authentication result = authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(loginName, password));
            if (!(result instanceof VerifiedAccount verified)) {
                throw new IllegalStateException(
                        "Authentication providers must return a VerifiedAccount, got " + result);
            }
            return new Attempt.Verified(verified, keys);
        } catch (EmailNotConfirmedException e) {
            return new Attempt.NotConfirmed();
        } catch (DisabledException e) {
            return new Attempt.Deactivated();
        } catch (BadCredentialsException e) {
            return failed(loginName, keys);
        } catch (AuthenticationException e) {
            // e.g. a directory that cannot be reached: to the person it is a failed sign-in like any other
            return failed(loginName, keys);
        }
    }

    private Attempt failed(String loginName, LoginThrottle.Keys keys) {
        Optional<Instant> nowLocked = throttle.recordFailure(keys);
        if (nowLocked.isEmpty()) {
            return new Attempt.WrongCredentials();
        }
        Optional<Account> account =
                accounts.byEmail(loginName).or(() -> accounts.installation().byEmail(loginName));
        Map<String, String> details = Map.of("until", nowLocked.get().toString());
        account.ifPresentOrElse(
                found -> audit.record(found, "login.locked", details),
                () -> auditLog.record("login.locked", "account", null, details));
        return new Attempt.Locked(nowLocked.get());
    }
}
