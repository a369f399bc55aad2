package de.rathaus.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import de.rathaus.forms.definition.Field;
import de.rathaus.forms.definition.FormDefinition;
import de.rathaus.forms.definition.FormPage;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Walks a citizen through any published form in the browser: answers every question shown with a
 * valid answer made up from the field's type and rules, optionally sends each page empty first
 * (to see its errors), and scans every page it sees with {@link PageAudit}. With {@link
 * Input#KEYBOARD} it reaches every input and button with the Tab key only.
 */
final class FormsJourneyWalker {

    enum Input {
        MOUSE,
        KEYBOARD
    }

    private static final Pattern QUESTION = Pattern.compile("/antrag/([a-z0-9-]+)/([0-9a-f-]{36})/([a-z0-9-]+)");
    private static final List<String> TEXT_CANDIDATES = List.of(
            "Bello",
            "Erika Mustermann",
            "123456789012345",
            "MS-AB 123",
            "M-AB 123",
            "HRB 12345",
            "12345",
            "Amtsgericht Musterstadt",
            "14:00 - 22:00",
            "Beispiel");
    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final Page page;
    private final FormDefinition form;
    private final @Nullable PageAudit audit;
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> visited = new ArrayList<>();
    private Input input = Input.MOUSE;
    private boolean showErrors;
    private boolean answerYes;

    /** @param audit scans each page; {@code null} where axe cannot run (JavaScript switched off) */
    FormsJourneyWalker(Page page, FormDefinition form, @Nullable PageAudit audit) {
        this.page = page;
        this.form = form;
        this.audit = audit;
    }

    FormsJourneyWalker withKeyboard() {
        input = Input.KEYBOARD;
        return this;
    }

    /** Sends every page empty once first and scans its error state. */
    FormsJourneyWalker showingErrors() {
        showErrors = true;
        return this;
    }

    /** Answers yes/no questions with yes (to reach the pages they lead to). */
    FormsJourneyWalker answeringYes() {
        answerYes = true;
        return this;
    }

    List<Finding> findings() {
        return findings;
    }

    List<String> visited() {
        return visited;
    }

    void scan(String label) {
        visited.add(label);
        if (audit != null) {
            findings.addAll(audit.check(form.key() + ": " + label));
        }
    }

    /** From the start page to the check page: starts a draft and answers every question page. */
    void startAndAnswer(String origin) {
        page.navigate(origin + "/antrag/" + form.key());
        scan("Startseite");
        press(page.locator("button:has-text('Jetzt starten')"));
        for (int step = 0; step < 30; step++) {
            Matcher at = QUESTION.matcher(URI.create(page.url()).getPath());
            if (!at.matches() || at.group(3).equals("pruefen")) {
                return;
            }
            FormPage formPage = form.page(at.group(3))
                    .orElseThrow(() -> new AssertionError("No page " + page.url() + " in " + form.key()));
            if (showErrors && !visited.contains(formPage.id() + " mit Fehlern")) {
                String before = page.url();
                press(continueButton());
                if (page.locator(".rh-error-summary").count() > 0) {
                    scan(formPage.id() + " mit Fehlern");
                    visited.add(formPage.id() + " mit Fehlern");
                } else if (!page.url().equals(before)) {
                    // nothing was required on this page: it moved on; come back to answer it
                    page.navigate(before);
                }
            }
            scan(formPage.id());
            answer(formPage);
            String before = page.url();
            press(continueButton());
            if (page.url().equals(before) && page.locator(".rh-error-summary").count() > 0) {
                throw new AssertionError("Page " + formPage.id() + " of " + form.key() + " refused the answers: "
                        + page.locator(".rh-error-summary").innerText());
            }
        }
        throw new AssertionError("The journey of " + form.key() + " did not reach the check page");
    }

    /** From the check page to the confirmation (paying with the test cash desk, failing first if asked). */
    void checkDeclareAndSend(@Nullable String guestEmail, boolean failPaymentFirst) {
        scan("Ihre Angaben prüfen");
        press(page.locator("main a.rh-button"));
        scan("Antrag absenden");
        if (showErrors) {
            press(page.locator("main form button[type=submit]"));
            scan("Antrag absenden mit Fehlern");
        }
        if (guestEmail != null && page.locator("#email").count() > 0) {
            type(page.locator("#email"), guestEmail);
        }
        check(page.locator("#bestaetigt"));
        press(page.locator("main form button[type=submit]"));
        if (page.url().contains("/bezahlen")) {
            scan("Bezahlen");
            if (showErrors) {
                press(page.locator("main form button[type=submit]"));
                scan("Bezahlen mit Fehlern");
            }
            if (failPaymentFirst) {
                pay("Zahlung fehlschlagen lassen");
                scan("Bezahlen nach gescheiterter Zahlung");
            }
            pay("Zahlung ausführen");
        }
        if (!page.url().contains("/antrag/eingang/")) {
            throw new AssertionError(
                    "Not sent: " + page.url() + "\n" + page.locator("main").innerText());
        }
        scan("Bestätigung");
    }

    /** Chooses the test cash desk and presses its button for the outcome, e.g. "Zahlung ausführen". */
    private void pay(String outcome) {
        check(page.locator("input[name=methode][value=testkasse]"));
        press(page.locator("main form button[type=submit]"));
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(outcome).setExact(true))
                .click();
    }

    private Locator continueButton() {
        return page.locator("main form button.rh-button:not(.rh-button--secondary)[value=weiter]");
    }

    private void answer(FormPage formPage) {
        for (Field field : formPage.fields()) {
            answer(field, "/" + field.id());
        }
    }

    private void answer(Field field, String path) {
        String id = "feld" + path.replace('/', '-');
        switch (field.type()) {
            case GROUP -> {
                if (page.locator("[name='" + id + "-anzahl']").count() > 0) {
                    for (Field child : field.fields()) {
                        answer(child, path + "/0/" + child.id());
                    }
                }
            }
            case ADDRESS -> {
                if (shown(id + "-street")) {
                    type(page.locator("#" + id + "-street"), "Marktplatz 1");
                    type(page.locator("#" + id + "-postcode"), "86150");
                    type(page.locator("#" + id + "-city"), "Musterstadt");
                }
            }
            case DATE -> {
                if (shown(id)) {
                    LocalDate date = date(field.rules());
                    type(page.locator("#" + id), String.valueOf(date.getDayOfMonth()));
                    type(page.locator("#" + id + "-monat"), String.valueOf(date.getMonthValue()));
                    type(page.locator("#" + id + "-jahr"), String.valueOf(date.getYear()));
                }
            }
            case SELECT -> {
                if (shown(id)) {
                    page.locator("#" + id)
                            .selectOption(field.options().getFirst().value());
                }
            }
            case RADIO, CHECKBOX -> {
                if (shown(id) && !page.locator("#" + id).isChecked()) {
                    check(page.locator("#" + id));
                }
            }
            case YES_NO -> {
                if (shown(id)) {
                    check(page.locator("#" + id + (answerYes ? "" : "-nein")));
                }
            }
            case FILE -> {
                if (shown(id)
                        && page.locator(".rh-field:has(#" + id + ") .rh-upload").count() == 0) {
                    page.locator("#" + id).setInputFiles(new FilePayload("nachweis.pdf", "application/pdf", PDF));
                }
            }
            default -> {
                if (shown(id)) {
                    type(page.locator("#" + id), text(field));
                }
            }
        }
    }

    private boolean shown(String id) {
        return page.locator("#" + id).count() > 0;
    }

    private static String text(Field field) {
        Field.Rules rules = field.rules();
        return switch (field.type()) {
            case NUMBER -> number(rules, BigDecimal.valueOf(2)).toPlainString();
            case MONEY -> number(rules, new BigDecimal("12.50")).toPlainString().replace('.', ',');
            case EMAIL -> "erika@example.org";
            case PHONE -> "0821 123456";
            case IBAN -> "DE89 3704 0044 0532 0130 00";
            case LONG_TEXT -> "Eine kurze Beschreibung.";
            default -> {
                if (rules.pattern() == null) {
                    yield "Beispiel";
                }
                yield TEXT_CANDIDATES.stream()
                        .filter(candidate -> candidate.matches(rules.pattern()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("No example answer for " + field.id() + " matches "
                                + rules.pattern() + "; add one to FormsJourneyWalker.TEXT_CANDIDATES"));
            }
        };
    }

    private static BigDecimal number(Field.Rules rules, BigDecimal preferred) {
        BigDecimal value = preferred;
        if (rules.min() != null && value.compareTo(rules.min()) < 0) {
            value = rules.min();
        }
        if (rules.max() != null && value.compareTo(rules.max()) > 0) {
            value = rules.max();
        }
        return value;
    }

    private static LocalDate date(Field.Rules rules) {
        LocalDate earliest = limit(rules.earliest());
        LocalDate latest = limit(rules.latest());
        if (earliest != null) {
            LocalDate candidate = earliest.plusDays(1);
            return latest != null && candidate.isAfter(latest) ? earliest : candidate;
        }
        return latest != null ? latest.minusDays(1) : LocalDate.now().plusDays(1);
    }

    private static @Nullable LocalDate limit(@Nullable String rule) {
        if (rule == null) {
            return null;
        }
        if (rule.equals("today")) {
            return LocalDate.now();
        }
        if (rule.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(rule);
        }
        return LocalDate.now().plus(Period.parse(rule));
    }

    /** Types into an input: with the keyboard it is reached with Tab. */
    private void type(Locator target, String text) {
        if (input == Input.KEYBOARD) {
            tabTo(target);
            page.keyboard().press("Control+A");
            page.keyboard().type(text);
        } else {
            target.fill(text);
        }
    }

    private void check(Locator target) {
        if (input == Input.KEYBOARD) {
            tabTo(target);
            page.keyboard().press("Space");
        } else {
            target.check();
        }
    }

    private void press(Locator button) {
        if (input == Input.KEYBOARD) {
            tabTo(button);
            // the next page is a new document: the mark set on this one is gone once it has loaded
            page.evaluate("() => { window.walkerLeaving = true; }");
            page.keyboard().press("Enter");
            page.waitForFunction("() => !window.walkerLeaving && document.readyState === 'complete'");
        } else {
            button.first().click();
        }
    }

    /** Presses Tab until the target has the focus (radios in a group are one stop: arrows move in it). */
    private void tabTo(Locator target) {
        Locator element = target.first();
        for (int stop = 0; stop < 150; stop++) {
            if (Boolean.TRUE.equals(element.evaluate("el => el === document.activeElement"))) {
                return;
            }
            boolean radioGroup = Boolean.TRUE.equals(
                    element.evaluate("el => el.type === 'radio' && document.activeElement.type === 'radio'"
                            + " && document.activeElement.name === el.name"));
            page.keyboard().press(radioGroup ? "ArrowDown" : "Tab");
        }
        throw new AssertionError("The keyboard does not reach " + target);
    }
}
