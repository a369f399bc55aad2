package de.rathaus.identity.account;

import de.rathaus.identity.AccountKind;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of {@code identity.account}. */
public record Account(
        UUID tenantId,
        UUID id,
        UUID pseudonym,
        AccountKind kind,
        AccountStatus status,
        @Nullable String email,
        @Nullable String displayName,
        @Nullable String passwordHash,
        boolean mustChangePassword,
        @Nullable String totpSecret,
        @Nullable Long totpLastStep,
        boolean demo) {

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    /** Staff and operators must prove a second factor. */
    public boolean needsSecondFactor() {
        return kind != AccountKind.CITIZEN;
    }

    public String requireEmail() {
        if (email == null) {
            throw new IllegalStateException("Account " + id + " has no e-mail address");
        }
        return email;
    }

    public String nameOrEmpty() {
        return displayName == null ? "" : displayName;
    }
}
