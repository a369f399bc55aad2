package de.rathaus.forms.account;

import de.rathaus.forms.draft.Draft;
import de.rathaus.forms.draft.Drafts;
import de.rathaus.identity.CurrentAccount;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Entwurf löschen" from the account: a page that asks once more, then the deletion. Someone else's
 * draft (or none) answers 404, so nobody learns that a draft exists.
 */
@Controller
class DraftDeletionController {

    private final Drafts drafts;
    private final CurrentAccount account;

    DraftDeletionController(Drafts drafts, CurrentAccount account) {
        this.drafts = drafts;
        this.account = account;
    }

    static String path(UUID draft) {
        return "/konto/entwuerfe/" + draft + "/loeschen";
    }

    @GetMapping("/konto/entwuerfe/{draft}/loeschen")
    String confirm(@PathVariable UUID draft, Model model) {
        Draft found = drafts.find(draft, applicant(), null).orElseThrow(DraftDeletionController::notFound);
        model.addAttribute("draft", found);
        model.addAttribute("action", path(draft));
        return "forms/account/delete-draft";
    }

    @PostMapping("/konto/entwuerfe/{draft}/loeschen")
    String delete(@PathVariable UUID draft) {
        if (!drafts.delete(applicant(), draft)) {
            throw notFound();
        }
        return "redirect:/konto?entwurf-geloescht#antraege";
    }

    private UUID applicant() {
        return account.get().pseudonym();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
