package de.rathaus.identity.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.rathaus.identity.TrustLevel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OidcProviderTest {

    private final OidcProperties.Provider bundId = new OidcProperties.Provider(
            "BundID",
            "https://id.example/realms/bund",
            "rathaus",
            "geheim",
            Set.of("openid", "email"),
            TrustLevel.BASIC,
            Map.of("urn:eidas:loa:substantial", TrustLevel.SUBSTANTIAL, "urn:eidas:loa:high", TrustLevel.HIGH),
            List.of("musterstadt"),
            false);

    @Test
    void theTokensAcrDecidesTheTrustLevelWhereTheProviderNamesIt() {
        assertThat(bundId.trustLevelOf("urn:eidas:loa:high")).isEqualTo(TrustLevel.HIGH);
        assertThat(bundId.trustLevelOf("urn:eidas:loa:substantial")).isEqualTo(TrustLevel.SUBSTANTIAL);
        assertThat(bundId.trustLevelOf("something-else")).isEqualTo(TrustLevel.BASIC);
        assertThat(bundId.trustLevelOf(null)).isEqualTo(TrustLevel.BASIC);
        assertThat(bundId.highestTrustLevel()).isEqualTo(TrustLevel.HIGH);
    }

    @Test
    void aProviderIsOfferedInItsTownsOrEverywhere() {
        var everywhere = new OidcProperties.Provider(
                "Landeskonto",
                "https://land.example",
                "rathaus",
                null,
                Set.of("openid"),
                TrustLevel.SUBSTANTIAL,
                null,
                null,
                true);

        assertThat(bundId.offeredIn("musterstadt")).isTrue();
        assertThat(bundId.offeredIn("musterdorf")).isFalse();
        assertThat(everywhere.offeredIn("musterdorf")).isTrue();
        assertThat(everywhere.highestTrustLevel()).isEqualTo(TrustLevel.SUBSTANTIAL);
    }

    @Test
    void aProviderWithoutTheOpenidScopeIsAConfigurationError() {
        assertThatThrownBy(() -> new OidcProperties.Provider(
                        "X",
                        "https://x.example",
                        "rathaus",
                        null,
                        Set.of("email"),
                        TrustLevel.BASIC,
                        null,
                        null,
                        false))
                .hasMessageContaining("openid");
    }
}
