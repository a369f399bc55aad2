package de.rathaus.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** The SHA-1 seed of RFC 6238, appendix B. */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T = {0}s gives {1}")
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void matchesTheTestVectorsOfRfc6238(long seconds, String expected) {
        long step = Totp.stepAt(Instant.ofEpochSecond(seconds));

        assertThat(Totp.code(RFC_SEED, step, 8)).isEqualTo(expected);
    }

    @Test
    void sixDigitCodesAreTheLastSixDigitsOfTheRfcValue() {
        assertThat(Totp.codeAt(RFC_SEED, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.codeAt(RFC_SEED, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
    }

    @Test
    void acceptsTheCodeOfTheStepBeforeAndAfterButNoFurther() {
        Instant now = Instant.ofEpochSecond(1_700_000_000);
        long step = Totp.stepAt(now);

        assertThat(Totp.verify(RFC_SEED, Totp.code(RFC_SEED, step, 6), now)).hasValue(step);
        assertThat(Totp.verify(RFC_SEED, Totp.code(RFC_SEED, step - 1, 6), now)).hasValue(step - 1);
        assertThat(Totp.verify(RFC_SEED, Totp.code(RFC_SEED, step + 1, 6), now)).hasValue(step + 1);
        assertThat(Totp.verify(RFC_SEED, Totp.code(RFC_SEED, step - 2, 6), now)).isEmpty();
        assertThat(Totp.verify(RFC_SEED, Totp.code(RFC_SEED, step + 2, 6), now)).isEmpty();
    }

    @Test
    void forgivesSpacesButNotOtherCharacters() {
        Instant now = Instant.ofEpochSecond(59);

        assertThat(Totp.verify(RFC_SEED, "287 082", now)).isPresent();
        assertThat(Totp.verify(RFC_SEED, "28708a", now)).isEmpty();
        assertThat(Totp.verify(RFC_SEED, "2870821", now)).isEmpty();
        assertThat(Totp.verify(RFC_SEED, "", now)).isEmpty();
    }

    @Test
    void newSecretsAre160BitsAndDiffer() {
        assertThat(Totp.newSecret()).hasSize(20).isNotEqualTo(Totp.newSecret());
    }

    @Test
    void buildsTheKeyUriThatAuthenticatorAppsImport() {
        assertThat(Totp.uri("Rathaus Musterstadt", "erika@example.org", "JBSWY3DPEHPK3PXP"))
                .isEqualTo("otpauth://totp/Rathaus%20Musterstadt:erika%40example.org?secret=JBSWY3DPEHPK3PXP"
                        + "&issuer=Rathaus%20Musterstadt&algorithm=SHA1&digits=6&period=30");
    }
}
