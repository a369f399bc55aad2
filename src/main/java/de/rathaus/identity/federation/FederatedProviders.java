package de.rathaus.identity.federation;

import de.rathaus.identity.SignInProvider;
import de.rathaus.platform.tenancy.CurrentTenant;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The configured OpenID Connect providers, as far as the current town offers them. A provider's
 * endpoints come from its discovery document, read at the first sign-in with it rather than at
 * start-up: a provider that is down makes its button fail politely, not the town hall fail to start.
 */
@Component
@EnableConfigurationProperties(OidcProperties.class)
public class FederatedProviders implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(FederatedProviders.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, OidcProperties.Provider> providers;
    private final Map<String, ClientRegistration> discovered = new ConcurrentHashMap<>();
    private final RestClient http;

    FederatedProviders(OidcProperties properties) {
        this.providers = properties.providers();
        var requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
        requests.setReadTimeout(TIMEOUT);
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    /** The providers the current town offers, by name. */
    public List<SignInProvider> offeredHere() {
        String town = CurrentTenant.get().slug();
        return providers.entrySet().stream()
                .filter(entry -> entry.getValue().offeredIn(town))
                .map(entry -> describe(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(SignInProvider::name))
                .toList();
    }

    /** A provider, if the current town offers it. */
    public Optional<SignInProvider> offeredHere(String id) {
        return settings(id).map(provider -> describe(id, provider));
    }

    /** A provider's settings, if the current town offers it. */
    Optional<OidcProperties.Provider> settings(String id) {
        return Optional.ofNullable(providers.get(id))
                .filter(provider -> provider.offeredIn(CurrentTenant.get().slug()));
    }

    private static SignInProvider describe(String id, OidcProperties.Provider provider) {
        return new SignInProvider(
                id, provider.name(), FederationSecurity.START_PATH + "/" + id, provider.highestTrustLevel());
    }

    /**
     * The client registration for a provider of the current town; null if the town does not offer
     * it or its discovery document cannot be read now (the next sign-in tries again).
     */
    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        var provider = settings(registrationId);
        if (provider.isEmpty()) {
            return null;
        }
        try {
            return discovered.computeIfAbsent(registrationId, id -> discover(id, provider.get()));
        } catch (RestClientException | IllegalArgumentException e) {
            log.warn(
                    "Cannot read the discovery document of OIDC provider {} at {}: {}",
                    registrationId,
                    provider.get().issuerUri(),
                    e.toString());
            return null;
        }
    }

    private ClientRegistration discover(String id, OidcProperties.Provider provider) {
        String issuer = provider.issuerUri();
        Map<String, Object> metadata = http.get()
                .uri((issuer.endsWith("/") ? issuer : issuer + "/") + ".well-known/openid-configuration")
                .retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() {});
        if (metadata == null || !Objects.equals(metadata.get("issuer"), issuer)) {
            // OpenID Connect Discovery 1.0, 4.3: a document naming another issuer must not be used
            throw new IllegalArgumentException("The discovery document names the issuer "
                    + (metadata == null ? null : metadata.get("issuer")) + " instead of " + issuer);
        }
        var registration = ClientRegistrations.fromOidcConfiguration(metadata)
                .registrationId(id)
                .clientName(provider.name())
                .clientId(provider.clientId())
                .scope(provider.scopes())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .userNameAttributeName(IdTokenClaimNames.SUB);
        if (StringUtils.hasText(provider.clientSecret())) {
            registration.clientSecret(provider.clientSecret());
        } else {
            // a public client: PKCE alone binds the code to this browser's sign-in
            registration.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        }
        return registration.build();
    }
}
