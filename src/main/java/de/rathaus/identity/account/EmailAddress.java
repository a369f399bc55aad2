package de.rathaus.identity.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses as people type them and as accounts are looked up. */
public final class EmailAddress {

    // deliberately simple: one @, no spaces, a dot in the domain; the confirmation mail proves the rest
    private static final Pattern PLAUSIBLE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final int MAX_LENGTH = 254;

    private EmailAddress() {}

    public static boolean plausible(String email) {
        String trimmed = email.trim();
        return trimmed.length() <= MAX_LENGTH && PLAUSIBLE.matcher(trimmed).matches();
    }

    /** The key an address is stored and found under: trimmed and in lower case. */
    public static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
