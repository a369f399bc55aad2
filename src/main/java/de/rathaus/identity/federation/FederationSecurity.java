package de.rathaus.identity.federation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Adds the OpenID Connect sign-in to the application's security configuration (Spring Security
 * applies every {@code Customizer<HttpSecurity>} bean): {@code /oauth2/authorization/<id>} sends the
 * person to the provider, {@code /login/oauth2/code/<id>} takes them back.
 */
@Configuration(proxyBeanMethods = false)
class FederationSecurity {

    static final String START_PATH = "/oauth2/authorization";

    @Bean
    Customizer<HttpSecurity> federatedLogin(FederatedProviders providers, FederatedSignIn handler) {
        return http -> http.oauth2Login(login -> login.loginPage("/anmelden")
                .clientRegistrationRepository(providers)
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(
                        new OfferedProvidersOnly(new DefaultOAuth2AuthorizationRequestResolver(providers, START_PATH))))
                .authorizedClientRepository(new NoAuthorizedClients())
                // the provider's token stays in this request; the session gets the account SignIn makes of it
                .securityContextRepository(new RequestAttributeSecurityContextRepository())
                .successHandler(handler)
                .failureHandler(handler));
    }

    /**
     * Leaves the start address of a provider the town does not offer, or whose discovery document
     * cannot be read now, to the page that says so (instead of an error 500 from the filter).
     */
    private record OfferedProvidersOnly(OAuth2AuthorizationRequestResolver resolver)
            implements OAuth2AuthorizationRequestResolver {

        @Override
        public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
            try {
                return resolver.resolve(request);
            } catch (IllegalArgumentException unknownOrUnreachable) {
                return null;
            }
        }

        @Override
        public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
            try {
                return resolver.resolve(request, registrationId);
            } catch (IllegalArgumentException unknownOrUnreachable) {
                return null;
            }
        }
    }

    /**
     * Rathaus only wants to know who the person is; it never calls the provider on their behalf
     * afterwards, so the provider's access tokens are not kept anywhere.
     */
    private static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(
                String clientRegistrationId, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                OAuth2AuthorizedClient authorizedClient,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {
            // deliberately not stored, see the class comment
        }

        @Override
        public void removeAuthorizedClient(
                String clientRegistrationId,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {
            // nothing is stored, so nothing to remove
        }
    }
}
