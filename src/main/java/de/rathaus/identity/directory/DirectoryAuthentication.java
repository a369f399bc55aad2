package de.rathaus.identity.directory;

import de.rathaus.identity.TrustLevel;
import de.rathaus.identity.account.Account;
import de.rathaus.identity.account.AccountAudit;
import de.rathaus.identity.login.VerifiedAccount;
import de.rathaus.platform.audit.AuditLog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.naming.ldap.LdapName;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Signs staff in with the town's directory. It is asked before the passwords kept in Rathaus: a
 * login name the directory knows is decided by the directory alone; any other name (citizens, the
 * first administrator, demo accounts) is left to the next provider by returning null.
 *
 * <p>Failed attempts are audited by the password provider when they reach it; those the directory
 * ends are audited here, so each attempt leaves one entry.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DirectoryAuthentication implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(DirectoryAuthentication.class);

    private final TownDirectories directories;
    private final DirectoryStaff staff;
    private final AccountAudit accountAudit;
    private final AuditLog audit;

    DirectoryAuthentication(
            TownDirectories directories, DirectoryStaff staff, AccountAudit accountAudit, AuditLog audit) {
        this.directories = directories;
        this.staff = staff;
        this.accountAudit = accountAudit;
        this.audit = audit;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) {
        Optional<TownDirectory> directory = directories.here();
        if (directory.isEmpty()) {
            return null;
        }
        String loginName = authentication.getName().trim();
        String password = String.valueOf(authentication.getCredentials());
        try {
            Optional<TownDirectory.Person> person = directory.get().find(loginName);
            if (person.isEmpty()) {
                // someone removed from the directory must not get in with a password kept here
                staff.managedAccount(loginName).ifPresent(account -> refuse(account, "not in the directory"));
                return null;
            }
            if (!directory.get().passwordMatches(person.get(), password)) {
                refuse(staff.accountOf(person.get()).orElse(null), "wrong password");
            }
            return new VerifiedAccount(admit(directory.get(), person.get(), loginName), TrustLevel.BASIC);
        } catch (DirectoryUnavailableException e) {
            log.error("The directory of this town cannot be asked; its staff cannot sign in: {}", e.getMessage());
            staff.managedAccount(loginName).ifPresent(account -> refuse(account, "directory unavailable"));
            return null;
        }
    }

    private Account admit(TownDirectory directory, TownDirectory.Person person, String loginName) {
        List<LdapName> groups = directory.settings().managesRoles() ? directory.groupsOf(person, loginName) : List.of();
        DirectoryStaff.Outcome outcome;
        try {
            outcome = staff.signIn(directory.settings(), person, groups);
        } catch (DuplicateKeyException concurrentFirstSignIn) {
            // the same person signed in twice at once for the first time; the other attempt created the account
            outcome = staff.signIn(directory.settings(), person, groups);
        }
        return switch (outcome) {
            case DirectoryStaff.Outcome.Admitted admitted -> admitted.account();
            case DirectoryStaff.Outcome.Refused refused -> {
                record(refused.account(), "login.refused", refused.reason());
                throw new DisabledException("The directory sign-in is refused: " + refused.reason());
            }
        };
    }

    private void refuse(@Nullable Account account, String reason) {
        record(account, "login.failed", reason);
        throw new DirectoryRefusedException(reason);
    }

    private void record(@Nullable Account account, String action, String reason) {
        var details = Map.of("reason", reason, "source", DirectoryStaff.PROVIDER);
        if (account == null) {
            audit.record(action, "account", null, details);
        } else {
            accountAudit.record(account, action, details);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
