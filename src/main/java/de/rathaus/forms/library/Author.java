package de.rathaus.forms.library;

import de.rathaus.identity.SignedInAccount;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who stores a version: an editor (by pseudonym) or the system (demo seeding, installation import). */
public record Author(@Nullable UUID pseudonym) {

    public static final Author SYSTEM = new Author(null);

    public static Author of(SignedInAccount account) {
        return new Author(account.pseudonym());
    }
}
