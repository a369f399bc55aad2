package de.rathaus.catalog.editing;

import de.rathaus.catalog.model.ContentProblem;
import de.rathaus.catalog.store.Author;
import de.rathaus.catalog.store.LifeSituations;
import de.rathaus.catalog.store.Saved;
import de.rathaus.identity.CurrentAccount;
import de.rathaus.identity.SignedInAccount;
import de.rathaus.platform.tenancy.Offices;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** What the editing pages share: who writes, the choices of the forms, errors on fields. */
@Component
class Editors {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final CurrentAccount accounts;
    private final Offices offices;
    private final LifeSituations lifeSituations;

    Editors(CurrentAccount accounts, Offices offices, LifeSituations lifeSituations) {
        this.accounts = accounts;
        this.offices = offices;
        this.lifeSituations = lifeSituations;
    }

    /** The signed-in editor, by pseudonym: the version history must outlive a deleted account. */
    Author author() {
        SignedInAccount account = accounts.get();
        return new Author(account.pseudonym(), account.displayName());
    }

    /** The town's offices and life situations, to choose from in the service form. */
    void addChoices(Model model) {
        model.addAttribute("offices", offices.all());
        model.addAttribute("allLifeSituations", lifeSituations.all());
    }

    static @Nullable ZonedDateTime local(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(BERLIN);
    }

    /**
     * Puts each problem on its field; a problem in a one-per-line field says its line. The first
     * problem of a field wins where rules and reading both complain (an unreadable amount is also
     * a missing one).
     */
    static void reject(BindingResult errors, List<FormProblem> problems) {
        for (FormProblem problem : problems) {
            if (problem.line() != null) {
                errors.rejectValue(
                        problem.field(),
                        "catalog.editing.line",
                        new Object[] {problem.line(), new DefaultMessageSourceResolvable(problem.code())},
                        null);
            } else if (!errors.hasFieldErrors(problem.field())) {
                errors.rejectValue(problem.field(), problem.code());
            }
        }
    }

    /**
     * Stores the draft's content, unless part of it could not be read: then nothing is stored and
     * the rules' problems come with the unreadable ones, so the editor sees all at once.
     */
    static <T> Saved save(Draft<T> draft, Function<T, List<ContentProblem>> check, Function<T, Saved> store) {
        if (!draft.unreadable().isEmpty()) {
            return new Saved.Refused(check.apply(draft.content()));
        }
        return store.apply(draft.content());
    }
}
