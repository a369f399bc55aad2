package de.rathaus.identity.federation;

import de.rathaus.identity.TrustLevel;
import de.rathaus.identity.account.Account;
import de.rathaus.identity.account.AccountAudit;
import de.rathaus.identity.account.EmailAddress;
import de.rathaus.identity.account.ExternalSignUp;
import de.rathaus.identity.login.LoginThrottle;
import de.rathaus.identity.login.SignIn;
import de.rathaus.identity.login.VerifiedAccount;
import de.rathaus.platform.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What happens when a provider has vouched for a person: the town's citizen account for that
 * identity is found or created, and the sign-in goes on like one with a password, at the level of
 * assurance the provider stated. When it cannot go on, the person gets a page that says why.
 */
@Component
class FederatedSignIn implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String PROBLEM_PATH = "/anmelden/extern";
    private static final String CALLBACK_PREFIX = "/login/oauth2/code/";
    private static final Logger log = LoggerFactory.getLogger(FederatedSignIn.class);

    private final FederatedProviders providers;
    private final ExternalSignUp signUp;
    private final SignIn signIn;
    private final AccountAudit accountAudit;
    private final AuditLog audit;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    FederatedSignIn(
            FederatedProviders providers,
            ExternalSignUp signUp,
            SignIn signIn,
            AccountAudit accountAudit,
            AuditLog audit) {
        this.providers = providers;
        this.signUp = signUp;
        this.signIn = signIn;
        this.accountAudit = accountAudit;
        this.audit = audit;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        // the provider's token only says who the person is there; SignIn decides who they are here
        SecurityContextHolder.clearContext();
        var token = (OAuth2AuthenticationToken) authentication;
        String providerId = token.getAuthorizedClientRegistrationId();
        var user = (OidcUser) token.getPrincipal();
        var provider = providers.settings(providerId).orElseThrow();
        Optional<String> email = verifiedEmail(user, provider);
        if (email.isEmpty()) {
            refuse(request, response, providerId, FederationProblem.NO_VERIFIED_EMAIL, "no verified e-mail address");
            return;
        }
        Account account;
        try {
            account = signUp.findOrCreateCitizen(
                    providerId, user.getSubject(), email.get(), displayName(user, email.get()));
        } catch (IllegalStateException e) {
            log.info("Sign-in through {} refused: {}", providerId, e.getMessage());
            refuse(request, response, providerId, FederationProblem.REFUSED, "account may not sign in this way");
            return;
        }
        TrustLevel trustLevel = provider.trustLevelOf(user.getIdToken().getClaimAsString("acr"));
        accountAudit.record(
                account, "login.federated", Map.of("provider", providerId, "trustLevel", trustLevel.name()));
        String next = signIn.begin(
                new VerifiedAccount(account, trustLevel),
                LoginThrottle.keys(email.get(), request.getRemoteAddr()),
                request,
                response);
        redirects.sendRedirect(request, response, next);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // the address is the visitor's to choose: only a provider of this town is named in the log
        String named = path.startsWith(CALLBACK_PREFIX) ? path.substring(CALLBACK_PREFIX.length()) : "";
        String providerId = providers.settings(named).isPresent() ? named : "";
        FederationProblem problem = FederationProblem.FAILED;
        String error = exception.getClass().getSimpleName();
        if (exception instanceof OAuth2AuthenticationException oauth2) {
            error = oauth2.getError().getErrorCode();
            problem = switch (error) {
                case OAuth2ErrorCodes.ACCESS_DENIED -> FederationProblem.CANCELLED;
                case "authorization_request_not_found" -> FederationProblem.EXPIRED;
                default -> FederationProblem.FAILED;
            };
        }
        if (problem == FederationProblem.FAILED) {
            log.warn("Sign-in through {} failed: {} ({})", providerId, error, exception.getMessage());
        } else {
            log.info("Sign-in through {} ended: {}", providerId, error);
        }
        if (problem != FederationProblem.EXPIRED) {
            // an answer for a sign-in this browser never started is no attempt worth an audit entry
            audit.record("login.federated.failed", "provider", providerId, Map.of("reason", error));
        }
        redirects.sendRedirect(request, response, problemPage(providerId, problem));
    }

    private void refuse(
            HttpServletRequest request,
            HttpServletResponse response,
            String providerId,
            FederationProblem problem,
            String reason)
            throws IOException {
        audit.record("login.federated.failed", "provider", providerId, Map.of("reason", reason));
        redirects.sendRedirect(request, response, problemPage(providerId, problem));
    }

    private static String problemPage(String providerId, FederationProblem problem) {
        return UriComponentsBuilder.fromPath(PROBLEM_PATH)
                .queryParam("anbieter", providerId)
                .queryParam("grund", problem.slug())
                .encode()
                .toUriString();
    }

    private static Optional<String> verifiedEmail(OidcUser user, OidcProperties.Provider provider) {
        String email = user.getEmail();
        if (!StringUtils.hasText(email) || !EmailAddress.plausible(email)) {
            return Optional.empty();
        }
        // an unverified address must never open an existing account that happens to carry it
        boolean verified = Boolean.TRUE.equals(user.getEmailVerified()) || provider.trustEmail();
        return verified ? Optional.of(email.trim()) : Optional.empty();
    }

    private static String displayName(OidcUser user, String email) {
        if (StringUtils.hasText(user.getFullName())) {
            return user.getFullName();
        }
        String name = String.join(
                        " ",
                        Optional.ofNullable(user.getGivenName()).orElse(""),
                        Optional.ofNullable(user.getFamilyName()).orElse(""))
                .trim();
        return name.isEmpty() ? email.substring(0, email.indexOf('@')) : name;
    }
}
