package de.rathaus.identity.federation;

import de.rathaus.identity.TrustLevel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The OpenID Connect providers citizens may sign in with ({@code rathaus.identity.oidc.providers.<id>}).
 * The id names the provider in the callback address ({@code /login/oauth2/code/<id>}) and in the
 * stored links between accounts and the provider's subjects: keep it once citizens use it.
 */
@ConfigurationProperties("rathaus.identity.oidc")
record OidcProperties(Map<String, Provider> providers) {

    OidcProperties {
        providers = providers == null ? Map.of() : Map.copyOf(providers);
    }

    /**
     * @param name what the button says: "Mit {name} anmelden"
     * @param issuerUri the provider's issuer; its discovery document is read at the first sign-in
     * @param trustLevel how sure the provider is about the person when its token names no known
     *     {@code acr}
     * @param acrLevels levels of assurance by the token's {@code acr} claim, e.g.
     *     {@code urn:...:loa:high: HIGH}; they override {@code trustLevel}
     * @param towns slugs of the towns that offer this provider; empty: every town
     * @param trustEmail accept the e-mail address without an {@code email_verified} claim, for
     *     providers that only hand out addresses they checked (e.g. a state's staff directory)
     */
    record Provider(
            String name,
            String issuerUri,
            String clientId,
            @Nullable String clientSecret,
            @DefaultValue({"openid", "email", "profile"}) Set<String> scopes,
            @DefaultValue("BASIC") TrustLevel trustLevel,
            @Nullable Map<String, TrustLevel> acrLevels,
            @Nullable List<String> towns,
            boolean trustEmail) {

        Provider {
            if (!StringUtils.hasText(name) || !StringUtils.hasText(issuerUri) || !StringUtils.hasText(clientId)) {
                throw new IllegalArgumentException("An OIDC provider needs a name, an issuer-uri and a client-id");
            }
            if (!scopes.contains("openid")) {
                throw new IllegalArgumentException("The scopes of an OIDC provider must include openid");
            }
            acrLevels = acrLevels == null ? Map.of() : Map.copyOf(acrLevels);
            towns = towns == null ? List.of() : List.copyOf(towns);
        }

        boolean offeredIn(String townSlug) {
            return towns.isEmpty() || towns.contains(townSlug);
        }

        /** The level of this sign-in: by the token's {@code acr} if the provider names it, else the default. */
        TrustLevel trustLevelOf(@Nullable String acr) {
            return acr == null ? trustLevel : acrLevels.getOrDefault(acr, trustLevel);
        }

        /** The most this provider can vouch for (a service needing more must look elsewhere). */
        TrustLevel highestTrustLevel() {
            return acrLevels.values().stream().reduce(trustLevel, (a, b) -> a.atLeast(b) ? a : b);
        }
    }
}
