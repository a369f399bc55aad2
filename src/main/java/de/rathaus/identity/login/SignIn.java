package de.rathaus.identity.login;

import de.rathaus.identity.Role;
import de.rathaus.identity.RoleGrant;
import de.rathaus.identity.account.Account;
import de.rathaus.identity.account.AccountAudit;
import de.rathaus.identity.account.AccountStatus;
import de.rathaus.identity.account.Accounts;
import de.rathaus.identity.account.RoleGrants;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.DemoMode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Turns a verified first factor into a session: either at once, or after the steps the account
 * still needs (second factor, a new password, setting up the second factor). The session id
 * changes whenever the session gains rights, so a session id planted before sign-in is worthless.
 */
@Component
public class SignIn {

    static final String PENDING_ATTRIBUTE = SignIn.class.getName() + ".PENDING";

    private final Accounts accounts;
    private final RoleGrants roles;
    private final LoginThrottle throttle;
    private final DemoMode demo;
    private final AccountAudit audit;
    private final SecurityContextRepository contexts;
    private final RequestCache requestCache;
    private final CsrfAuthenticationStrategy csrfRotation;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final Clock clock = Clock.systemUTC();

    SignIn(
            Accounts accounts,
            RoleGrants roles,
            LoginThrottle throttle,
            DemoMode demo,
            AccountAudit audit,
            SecurityContextRepository contexts,
            RequestCache requestCache,
            CsrfTokenRepository csrfTokens) {
        this.accounts = accounts;
        this.roles = roles;
        this.throttle = throttle;
        this.demo = demo;
        this.audit = audit;
        this.contexts = contexts;
        this.requestCache = requestCache;
        this.csrfRotation = new CsrfAuthenticationStrategy(csrfTokens);
    }

    /** @return where to send the browser next */
    public String begin(
            VerifiedAccount verified,
            LoginThrottle.Keys keys,
            HttpServletRequest request,
            HttpServletResponse response) {
        Account account = verified.account();
        var pending = new PendingLogin(
                account.tenantId(),
                CurrentTenant.id().value(),
                account.id(),
                verified.trustLevel(),
                keys,
                clock.instant(),
                false,
                null);
        return proceed(pending, account, request, response);
    }

    /** The sign-in waiting for further steps in this session, if it belongs to this town and is recent. */
    public Optional<PendingLogin> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING_ATTRIBUTE) instanceof PendingLogin pending)) {
            return Optional.empty();
        }
        if (!pending.boundTenantId().equals(CurrentTenant.id().value()) || pending.expiredAt(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    public Account accountOf(PendingLogin pending) {
        return accounts.scopedTo(pending.tenantId()).require(pending.accountId());
    }

    public Accounts scopeOf(PendingLogin pending) {
        return accounts.scopedTo(pending.tenantId());
    }

    /** The step this pending sign-in needs now, or empty if it is complete. */
    public Optional<SignInStep> nextStep(PendingLogin pending, Account account) {
        boolean secondFactor = secondFactorRequired(account);
        if (secondFactor && account.hasSecondFactor() && !pending.secondFactorVerified()) {
            return Optional.of(SignInStep.SECOND_FACTOR);
        }
        if (account.mustChangePassword()) {
            return Optional.of(SignInStep.NEW_PASSWORD);
        }
        if (secondFactor && !account.hasSecondFactor()) {
            return Optional.of(SignInStep.ENROL_SECOND_FACTOR);
        }
        return Optional.empty();
    }

    /** Stores the progress of a pending sign-in and says where to go next (possibly: signed in). */
    public String proceed(PendingLogin pending, HttpServletRequest request, HttpServletResponse response) {
        return proceed(pending, accountOf(pending), request, response);
    }

    /** Keeps the progress without moving on, e.g. the secret offered while setting up the second factor. */
    public void remember(PendingLogin pending, HttpServletRequest request) {
        request.getSession().setAttribute(PENDING_ATTRIBUTE, pending);
    }

    /** Counts a wrong code like a wrong password; returns true if the login name is now locked. */
    public boolean recordFailedStep(PendingLogin pending, HttpServletRequest request) {
        boolean locked = throttle.recordFailure(pending.throttleKeys()).isPresent();
        if (locked) {
            abandon(request);
        }
        return locked;
    }

    public void abandon(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING_ATTRIBUTE);
        }
    }

    private String proceed(
            PendingLogin pending, Account account, HttpServletRequest request, HttpServletResponse response) {
        if (account.status() != AccountStatus.ACTIVE) {
            abandon(request);
            return "/anmelden";
        }
        Optional<SignInStep> step = nextStep(pending, account);
        if (step.isPresent()) {
            boolean existed = request.getSession(false) != null;
            request.getSession().setAttribute(PENDING_ATTRIBUTE, pending);
            if (existed) {
                request.changeSessionId();
            }
            return step.get().path();
        }
        return complete(pending, account, request, response);
    }

    private String complete(
            PendingLogin pending, Account account, HttpServletRequest request, HttpServletResponse response) {
        boolean skipped = account.needsSecondFactor() && !secondFactorRequired(account);
        var principal = new AccountPrincipal(
                account.id(),
                account.tenantId(),
                pending.boundTenantId(),
                account.pseudonym(),
                account.kind(),
                account.nameOrEmpty(),
                grantsOf(account),
                pending.trustLevel(),
                skipped);
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        abandon(request);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        // a CSRF token known before sign-in must not work after it
        csrfRotation.onAuthentication(authentication, request, response);
        contexts.saveContext(context, request, response);
        throttle.recordSuccess(pending.throttleKeys());
        accounts.scopedTo(account.tenantId()).recordSignIn(account.id());
        audit.record(
                account,
                "login.succeeded",
                Map.of(
                        "trustLevel",
                        pending.trustLevel().name(),
                        "secondFactor",
                        pending.secondFactorVerified() ? "totp" : skipped ? "skipped (demo)" : "none"));
        return savedTarget(request, response).orElse(principal.homePath());
    }

    private Set<RoleGrant> grantsOf(Account account) {
        return switch (account.kind()) {
            case CITIZEN -> Set.of(new RoleGrant(Role.CITIZEN, null));
            case OPERATOR -> Set.of(new RoleGrant(Role.OPERATOR, null));
            case STAFF -> roles.of(account.id());
        };
    }

    /** Staff and operators need a second factor, except demo accounts while the installation is a demo. */
    private boolean secondFactorRequired(Account account) {
        return account.needsSecondFactor() && !(account.demo() && demo.enabled());
    }

    /** The page that sent the person to sign in, if it is a path on this host. */
    private Optional<String> savedTarget(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requestCache.getRequest(request, response);
        if (saved == null) {
            return Optional.empty();
        }
        requestCache.removeRequest(request, response);
        return localPath(saved.getRedirectUrl());
    }

    static Optional<String> localPath(@Nullable String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(url);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/anmelden")) {
                return Optional.empty();
            }
            return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
