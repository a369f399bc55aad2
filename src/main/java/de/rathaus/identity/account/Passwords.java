package de.rathaus.identity.account;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hashes passwords with Argon2id and says what is wrong with a new one. The rules follow NIST SP
 * 800-63B: long enough, not the e-mail address, not one repeated character; no composition rules,
 * because they make passwords harder to remember and not harder to guess.
 */
@Component
public class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Why a new password is refused; each has a message {@code identity.password.<code>}. */
    public enum Problem {
        REQUIRED,
        TOO_SHORT,
        TOO_LONG,
        IS_EMAIL,
        REPEATED_CHARACTER
    }

    private final PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    // compared against when an account does not exist, so a wrong address takes as long as a wrong password
    private final String unknownAccountHash = encoder.encode("no account has this password");

    public String hash(String password) {
        return encoder.encode(password);
    }

    /** Checks a password against a stored hash; an account without a password never matches. */
    public boolean matches(String password, @Nullable String hash) {
        if (hash == null) {
            encoder.matches(password, unknownAccountHash);
            return false;
        }
        return encoder.matches(password, hash);
    }

    public Optional<Problem> problemWith(@Nullable String password, @Nullable String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Problem.REQUIRED);
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (email != null && !email.isBlank()) {
            String lower = password.trim().toLowerCase(Locale.ROOT);
            String key = EmailAddress.key(email);
            String localPart = key.contains("@") ? key.substring(0, key.indexOf('@')) : key;
            if (lower.equals(key) || lower.equals(localPart)) {
                return Optional.of(Problem.IS_EMAIL);
            }
        }
        if (password.codePoints().distinct().count() == 1) {
            return Optional.of(Problem.REPEATED_CHARACTER);
        }
        return Optional.empty();
    }
}
