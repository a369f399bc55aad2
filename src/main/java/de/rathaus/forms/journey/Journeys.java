package de.rathaus.forms.journey;

import de.rathaus.forms.definition.Access;
import de.rathaus.forms.draft.Draft;
import de.rathaus.forms.draft.Drafts;
import de.rathaus.forms.library.FormLibrary;
import de.rathaus.forms.library.PublishedForm;
import de.rathaus.identity.CurrentAccount;
import de.rathaus.identity.SignedInAccount;
import de.rathaus.identity.TrustLevel;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finds the form and the draft a journey request is about, and enforces who may use them on every
 * request: the form's trust level, and that a draft is opened only by its owner (the signed-in
 * applicant, or the guest holding its cookie). Anybody else gets a plain 404, so nobody learns
 * whether someone else's draft exists.
 */
@Component
class Journeys {

    private final FormLibrary library;
    private final Drafts drafts;
    private final CurrentAccount currentAccount;

    Journeys(FormLibrary library, Drafts drafts, CurrentAccount currentAccount) {
        this.library = library;
        this.drafts = drafts;
        this.currentAccount = currentAccount;
    }

    /** A draft opened by its owner, with the form version it was started with. */
    record Opened(
            PublishedForm form,
            Draft draft,
            @Nullable SignedInAccount account,
            @Nullable String guestSecret) {

        String base() {
            return "/antrag/" + draft.formKey() + "/" + draft.id();
        }
    }

    PublishedForm form(String key) {
        return library.published(key).orElseThrow(Journeys::notFound);
    }

    Optional<SignedInAccount> account() {
        return currentAccount.find();
    }

    /** Whether the one asking may use the form now; refused with {@link NotAdmitted} otherwise. */
    void admit(Access access) {
        TrustLevel level = account().map(SignedInAccount::trustLevel).orElse(null);
        if (!access.admits(level)) {
            throw new NotAdmitted(access, level);
        }
    }

    Opened open(String key, String draftId, HttpServletRequest request) {
        UUID id = uuid(draftId);
        SignedInAccount account = account().orElse(null);
        String secret = GuestCookie.read(request);
        Draft draft = drafts.find(id, account == null ? null : account.pseudonym(), secret)
                .filter(found -> found.formKey().equals(key))
                .orElseThrow(Journeys::notFound);
        PublishedForm form =
                library.version(draft.formId(), draft.formVersion()).orElseThrow(Journeys::notFound);
        admit(form.definition().access());
        return new Opened(form, draft, account, secret);
    }

    /** What a sent draft became, for its owner (a reloaded submit or payment return). */
    Optional<UUID> sent(String draftId, HttpServletRequest request) {
        UUID id = uuid(draftId);
        SignedInAccount account = account().orElse(null);
        return drafts.sentAs(id, account == null ? null : account.pseudonym(), GuestCookie.read(request));
    }

    static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException notAnId) {
            throw notFound();
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** The form asks for a (stronger) sign-in than the one asking has. */
    static final class NotAdmitted extends RuntimeException {

        private final Access access;
        private final @Nullable TrustLevel level;

        NotAdmitted(Access access, @Nullable TrustLevel level) {
            super("Trust level " + level + " does not admit " + access, null, false, false);
            this.access = access;
            this.level = level;
        }

        Access access() {
            return access;
        }

        @Nullable
        TrustLevel level() {
            return level;
        }
    }
}
