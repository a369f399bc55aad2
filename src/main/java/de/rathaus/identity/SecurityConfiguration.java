package de.rathaus.identity;

import de.rathaus.identity.account.AccountAudit;
import de.rathaus.identity.login.AccountPrincipal;
import de.rathaus.identity.login.TenantBoundSecurityContextRepository;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * The security baseline of every page and API: CSRF on every form, a strict Content Security
 * Policy without inline script or style, and no server session for anonymous visitors (the CSRF
 * token and the page to return to after login live in cookies).
 *
 * <p>Sign-in is handled by the identity pages ({@code /anmelden}), which call the
 * {@link AuthenticationManager} built from every {@link AuthenticationProvider} bean in their order
 * (the town's directory first, then the passwords kept here). The OpenID Connect sign-in is added
 * by a {@code Customizer<HttpSecurity>} bean in {@code identity.federation}, which Spring Security
 * applies before this chain is built; its success handler hands the account to {@code SignIn}. The
 * session is accepted only on the town's host it was created on.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain webSecurity(
            HttpSecurity http,
            SecurityContextRepository contexts,
            RequestCache requestCache,
            CsrfTokenRepository csrfTokens,
            AccountAudit audit)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("OPERATOR")
                        .requestMatchers("/verwaltung/konten", "/verwaltung/konten/**")
                        .hasRole(Role.TENANT_ADMIN.name())
                        // the catalogue's staff pages: services, FAQs, import/export, offices, holidays
                        .requestMatchers("/verwaltung/katalog", "/verwaltung/katalog/**")
                        .hasAnyRole(Role.EDITOR.name(), Role.TENANT_ADMIN.name())
                        // form definitions: the JSON editor, preview, publication, import/export
                        .requestMatchers("/verwaltung/formulare", "/verwaltung/formulare/**")
                        .hasAnyRole(Role.EDITOR.name(), Role.TENANT_ADMIN.name())
                        // payments and receivables (CSV export for the accounting system)
                        .requestMatchers("/verwaltung/zahlungen", "/verwaltung/zahlungen/**")
                        .hasRole(Role.TENANT_ADMIN.name())
                        // the back office (issue 5): the access history of a case is for data protection only
                        .requestMatchers("/verwaltung/vorgaenge/*/zugriffe")
                        .hasRole(Role.DATA_PROTECTION.name())
                        .requestMatchers(
                                "/verwaltung/vorgaenge",
                                "/verwaltung/vorgaenge/**",
                                "/verwaltung/vertretungen",
                                "/verwaltung/vertretungen/**",
                                "/verwaltung/posteingang",
                                "/verwaltung/posteingang/**",
                                "/verwaltung/schalter",
                                "/verwaltung/schalter/**")
                        .hasAnyRole(Role.CLERK.name(), Role.OFFICE_LEAD.name())
                        // workflows and decision templates are configured per service
                        .requestMatchers(
                                "/verwaltung/ablaeufe",
                                "/verwaltung/ablaeufe/**",
                                "/verwaltung/bescheidvorlagen",
                                "/verwaltung/bescheidvorlagen/**")
                        .hasAnyRole(Role.OFFICE_LEAD.name(), Role.TENANT_ADMIN.name())
                        // the E-Akte: disposal (Aussonderung) is the town administration's job
                        .requestMatchers("/verwaltung/akten/aussonderung", "/verwaltung/akten/aussonderung/**")
                        .hasRole(Role.TENANT_ADMIN.name())
                        .requestMatchers("/verwaltung/akten", "/verwaltung/akten/**")
                        .hasAnyRole(Role.CLERK.name(), Role.OFFICE_LEAD.name(), Role.TENANT_ADMIN.name())
                        .requestMatchers("/verwaltung", "/verwaltung/**")
                        .hasAnyRole(Role.staffRoleNames())
                        .requestMatchers("/betrieb", "/betrieb/**")
                        .hasRole("OPERATOR")
                        .requestMatchers("/konto", "/konto/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .ignoringRequestMatchers(SecurityConfiguration::isJsonApiCall))
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.requestCache(requestCache))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/anmelden")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .logout(logout -> logout.logoutUrl("/abmelden")
                        .logoutSuccessUrl("/")
                        .addLogoutHandler((request, response, authentication) -> {
                            // runs before the context is cleared, so the audit entry names who left
                            if (authentication != null
                                    && authentication.getPrincipal() instanceof AccountPrincipal principal) {
                                audit.record(principal.tenantId(), principal.pseudonym(), "logout", Map.of());
                            }
                        }));
        return http.build();
    }

    /**
     * A JSON call to the API needs no CSRF token: a page of another site cannot send a JSON body
     * (that needs a CORS preflight, which Rathaus never allows), only form-encoded or plain text.
     */
    static boolean isJsonApiCall(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return false;
        }
        try {
            return MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        var csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
        return csrfTokens;
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new TenantBoundSecurityContextRepository();
    }

    @Bean
    RequestCache requestCache() {
        return new CookieRequestCache();
    }

    @Bean
    AuthenticationManager authenticationManager(List<AuthenticationProvider> providers) {
        return new ProviderManager(providers);
    }
}
