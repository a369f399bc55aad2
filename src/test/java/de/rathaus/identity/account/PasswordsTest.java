package de.rathaus.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.identity.account.Passwords.Problem;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    private final Passwords passwords = new Passwords();

    @Test
    void hashesWithArgon2idAndVerifies() {
        String hash = passwords.hash("ein langer Satz als Passwort");

        assertThat(hash).startsWith("$argon2id$");
        assertThat(passwords.matches("ein langer Satz als Passwort", hash)).isTrue();
        assertThat(passwords.matches("ein anderer Satz als Passwort", hash)).isFalse();
        assertThat(passwords.matches("ein langer Satz als Passwort", null)).isFalse();
    }

    @Test
    void acceptsLongPasswordsWithoutCompositionRules() {
        assertThat(passwords.problemWith("pferd batterie heftklammer", "erika@example.org"))
                .isEmpty();
        assertThat(passwords.problemWith("zwölf Zeichen", null)).isEmpty();
    }

    @Test
    void namesWhatIsWrong() {
        assertThat(passwords.problemWith("", "erika@example.org")).hasValue(Problem.REQUIRED);
        assertThat(passwords.problemWith("elf Zeichen", "erika@example.org")).hasValue(Problem.TOO_SHORT);
        assertThat(passwords.problemWith("x".repeat(129) + "y", "erika@example.org"))
                .hasValue(Problem.TOO_LONG);
        assertThat(passwords.problemWith("Erika@Example.org", "erika@example.org"))
                .hasValue(Problem.IS_EMAIL);
        assertThat(passwords.problemWith("erika.mustermann", "erika.mustermann@example.org"))
                .hasValue(Problem.IS_EMAIL);
        assertThat(passwords.problemWith("aaaaaaaaaaaaaa", "erika@example.org")).hasValue(Problem.REPEATED_CHARACTER);
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(passwords.problemWith("äöüäöüäöüäö", null)).hasValue(Problem.TOO_SHORT);
        assertThat(passwords.problemWith("äöüäöüäöüäöü", null)).isEmpty();
    }
}
