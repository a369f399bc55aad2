package de.rathaus.forms.definition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The rules of a form applied to answers: which pages and fields are shown, whether answers are
 * acceptable, and what the application costs. The browser journey and the API use the same rules,
 * so an answer refused in one is refused in the other.
 */
public final class FormRules {

    private FormRules() {}

    /** The pages shown for these answers, in order (pages whose condition fails are skipped). */
    public static List<FormPage> visiblePages(FormDefinition form, Answers answers) {
        throw new UnsupportedOperationException("contract: implemented by the forms-core helper");
    }

    /** The fields of a page shown for these answers. */
    public static List<Field> visibleFields(FormPage page, Answers answers) {
        throw new UnsupportedOperationException("contract: implemented by the forms-core helper");
    }

    /**
     * Checks the answers to the visible fields of one page (as the citizen leaves it). Errors come in
     * the order of the fields.
     *
     * @param today the day the rules for dates are measured from
     */
    public static List<AnswerError> checkPage(FormDefinition form, FormPage page, Answers answers, LocalDate today) {
        throw new UnsupportedOperationException("contract: implemented by the forms-core helper");
    }

    /**
     * Checks all answers before the form is sent: every visible page, and no answer to a field the
     * form does not have ({@code forms.answer.unknown-field}).
     */
    public static List<AnswerError> checkAll(FormDefinition form, Answers answers, LocalDate today) {
        throw new UnsupportedOperationException("contract: implemented by the forms-core helper");
    }

    /**
     * The answers without those to fields and pages hidden by the other answers (what is checked,
     * shown on "check your answers" and sent).
     */
    public static Answers withoutHidden(FormDefinition form, Answers answers) {
        throw new UnsupportedOperationException("contract: implemented by the forms-core helper");
    }

    /** What the application costs with these answers, in euros (zero when the form has no fee). */
    public static BigDecimal fee(FormDefinition form, Answers answers) {
        throw new UnsupportedOperationException("contract: implemented by the forms-core helper");
    }
}
