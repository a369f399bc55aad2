package de.rathaus.forms.definition;

import de.rathaus.identity.TrustLevel;
import org.jspecify.annotations.Nullable;

/**
 * Who may fill in and send a form: anyone ({@link #ANONYMOUS}, e.g. reporting a found item) or a
 * signed-in citizen whose login is at least as strong as the level (eIDAS: BASIC, SUBSTANTIAL,
 * HIGH). Enforced alike in the browser journey and on the API.
 */
public enum Access {
    ANONYMOUS(null),
    BASIC(TrustLevel.BASIC),
    SUBSTANTIAL(TrustLevel.SUBSTANTIAL),
    HIGH(TrustLevel.HIGH);

    private final @Nullable TrustLevel required;

    Access(@Nullable TrustLevel required) {
        this.required = required;
    }

    /** The trust level a signed-in citizen needs; {@code null} when anyone may use the form. */
    public @Nullable TrustLevel required() {
        return required;
    }

    public boolean allowsAnonymous() {
        return required == null;
    }

    /** Whether someone with this trust level (or nobody signed in: {@code null}) may use the form. */
    public boolean admits(@Nullable TrustLevel level) {
        return required == null || (level != null && level.atLeast(required));
    }
}
