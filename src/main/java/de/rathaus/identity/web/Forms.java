package de.rathaus.identity.web;

import de.rathaus.identity.account.Passwords;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** Checks shared by the identity forms; each problem becomes a message key the page shows at its field. */
final class Forms {

    private Forms() {}

    static String text(@Nullable String value) {
        return value == null ? "" : value.trim();
    }

    static String secret(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** Checks a new password and its repetition, rejecting the fields {@code password} and {@code repeat}. */
    static void checkNewPassword(
            Passwords passwords,
            @Nullable String password,
            @Nullable String repeat,
            @Nullable String email,
            Errors errors) {
        Optional<Passwords.Problem> problem = passwords.problemWith(password, email);
        if (problem.isPresent()) {
            errors.rejectValue(
                    "password",
                    "identity.password." + problem.get().name().toLowerCase(java.util.Locale.ROOT),
                    new Object[] {Passwords.MIN_LENGTH, Passwords.MAX_LENGTH},
                    null);
        } else if (repeat == null || repeat.isEmpty()) {
            errors.rejectValue("repeat", "identity.password.repeat.required");
        } else if (!repeat.equals(password)) {
            errors.rejectValue("repeat", "identity.password.repeat.different");
        }
    }
}
