package de.rathaus.forms.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a form definition before it is stored, published or imported: everything a citizen's
 * journey relies on (ids, options, conditions, limits, texts) so that a form in the library never
 * fails while someone fills it in. Each problem names its place in the document.
 */
@Component
public class DefinitionCheck {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int ID_MAX_LENGTH = 60;

    private final FormJson json;

    public DefinitionCheck(FormJson json) {
        this.json = json;
    }

    /** Reads and checks a document as towns exchange it. */
    public CheckedDefinition check(String text) {
        FormDefinition definition;
        try {
            definition = json.read(text);
        } catch (FormJson.Unreadable e) {
            return new CheckedDefinition.Invalid(List.of(
                    new DefinitionProblem(e.path(), "forms.definition.unreadable", List.of(e.getMessage(), e.line()))));
        }
        List<DefinitionProblem> problems = problems(definition);
        return problems.isEmpty() ? new CheckedDefinition.Valid(definition) : new CheckedDefinition.Invalid(problems);
    }

    /** The problems of a definition, in document order; empty when it is fine. */
    public static List<DefinitionProblem> problems(FormDefinition form) {
        return new Run(form).check();
    }

    /** One check of one definition: collects problems and the ids seen so far. */
    private static final class Run {

        private final FormDefinition form;
        private final Problems problems = new Problems();
        private final Set<String> fieldIds = new HashSet<>();
        /** Top-level fields in order, as far as the check has come: what a condition may refer to. */
        private final Map<String, Field> earlier = new LinkedHashMap<>();

        Run(FormDefinition form) {
            this.form = form;
        }

        List<DefinitionProblem> check() {
            if (!FormDefinition.FORMAT.equals(form.format())) {
                problems.add("/format", "forms.definition.format", FormDefinition.FORMAT);
            }
            id("/key", form.key());
            problems.text("/title", form.title());
            id("/service", form.service());
            if (form.access() == null) {
                problems.add("/access", "forms.definition.access");
            }
            start(form.start());
            pages();
            fee(form.fee());
            problems.text("/declaration", form.declaration());
            problems.text("/whatHappensNext", form.whatHappensNext());
            return problems.list();
        }

        private void id(String path, @Nullable String id) {
            if (id == null || id.isBlank()) {
                problems.add(path, "forms.definition.required");
            } else if (id.length() > ID_MAX_LENGTH || !ID.matcher(id).matches()) {
                problems.add(path, "forms.definition.id", id);
            }
        }

        private void start(@Nullable StartPage start) {
            if (start == null) {
                problems.add("/start", "forms.definition.required");
                return;
            }
            problems.text("/start/intro", start.intro());
            for (int i = 0; i < start.youNeed().size(); i++) {
                problems.text("/start/youNeed/" + i, start.youNeed().get(i));
            }
            problems.text("/start/duration", start.duration());
        }

        private void pages() {
            if (form.pages().isEmpty()) {
                problems.add("/pages", "forms.definition.no-pages");
            }
            Set<String> pageIds = new HashSet<>();
            for (int p = 0; p < form.pages().size(); p++) {
                FormPage page = form.pages().get(p);
                String path = "/pages/" + p;
                id(path + "/id", page.id());
                if (page.id() != null && !pageIds.add(page.id())) {
                    problems.add(path + "/id", "forms.definition.duplicate-id", page.id());
                }
                problems.text(path + "/title", page.title());
                // a page's condition may use the fields of the pages before it only
                condition(path + "/showIf", page.showIf(), earlier);
                if (page.fields().isEmpty()) {
                    problems.add(path + "/fields", "forms.definition.empty-page");
                }
                for (int f = 0; f < page.fields().size(); f++) {
                    Field field = page.fields().get(f);
                    String fieldPath = path + "/fields/" + f;
                    field(fieldPath, field, false);
                    condition(fieldPath + "/showIf", field.showIf(), earlier);
                    if (field.id() != null && field.type() != null) {
                        earlier.putIfAbsent(field.id(), field);
                    }
                }
            }
        }

        private void field(String path, Field field, boolean inGroup) {
            id(path + "/id", field.id());
            if (field.id() != null && !fieldIds.add(field.id())) {
                problems.add(path + "/id", "forms.definition.duplicate-id", field.id());
            }
            problems.text(path + "/label", field.label());
            if (field.type() == null) {
                problems.add(path + "/type", "forms.definition.required");
                return;
            }
            if (inGroup && (field.type() == FieldType.GROUP || field.type() == FieldType.FILE)) {
                problems.add(path + "/type", "forms.definition.group-nesting");
            }
            if (inGroup && field.showIf() != null) {
                problems.add(path + "/showIf", "forms.definition.condition-in-group");
            }
            options(path, field);
            subfields(path, field);
            FieldRulesCheck.check(path, field, problems);
        }

        private void options(String path, Field field) {
            boolean choice = FieldRulesCheck.isChoice(field.type());
            if (!choice) {
                if (!field.options().isEmpty()) {
                    problems.add(path + "/options", "forms.definition.options-not-allowed");
                }
                return;
            }
            if (field.options().isEmpty()) {
                problems.add(path + "/options", "forms.definition.no-options");
            }
            Set<String> values = new HashSet<>();
            for (int o = 0; o < field.options().size(); o++) {
                Field.Option option = field.options().get(o);
                String optionPath = path + "/options/" + o;
                if (option.value() == null || option.value().isBlank()) {
                    problems.add(optionPath + "/value", "forms.definition.required");
                } else if (!values.add(option.value())) {
                    problems.add(optionPath + "/value", "forms.definition.duplicate-option", option.value());
                }
                problems.text(optionPath + "/label", option.label());
            }
        }

        private void subfields(String path, Field field) {
            if (field.type() != FieldType.GROUP) {
                if (!field.fields().isEmpty()) {
                    problems.add(path + "/fields", "forms.definition.fields-not-allowed");
                }
                return;
            }
            if (field.fields().isEmpty()) {
                problems.add(path + "/fields", "forms.definition.empty-group");
            }
            for (int g = 0; g < field.fields().size(); g++) {
                field(path + "/fields/" + g, field.fields().get(g), true);
            }
        }

        private void condition(String path, @Nullable Condition condition, Map<String, Field> available) {
            if (condition != null) {
                ConditionCheck.check(path, condition, available, problems);
            }
        }

        private void fee(@Nullable Fee fee) {
            if (fee == null) {
                return;
            }
            problems.text("/fee/purpose", fee.purpose());
            amount("/fee/base", fee.base());
            for (int r = 0; r < fee.rules().size(); r++) {
                Fee.Rule rule = fee.rules().get(r);
                String path = "/fee/rules/" + r;
                amount(path + "/amount", rule.amount());
                // a fee rule is applied to all answers at the end: any top-level field will do
                condition(path + "/when", rule.when(), earlier);
                if (rule.perItemOf() != null) {
                    Field group = earlier.get(rule.perItemOf());
                    if (group == null || group.type() != FieldType.GROUP) {
                        problems.add(path + "/perItemOf", "forms.definition.fee-per-item", rule.perItemOf());
                    }
                }
            }
        }

        private void amount(String path, @Nullable BigDecimal amount) {
            if (amount == null) {
                problems.add(path, "forms.definition.required");
            } else if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
                problems.add(path, "forms.definition.amount", amount.toPlainString());
            }
        }
    }

    /** The problems found so far. */
    static final class Problems {

        private final List<DefinitionProblem> list = new ArrayList<>();

        void add(String path, String code, Object... arguments) {
            list.add(new DefinitionProblem(path, code, List.of(arguments)));
        }

        /** A text the citizen reads: must be there and not blank. */
        void text(String path, @Nullable String text) {
            if (text == null || text.isBlank()) {
                add(path, "forms.definition.required");
            }
        }

        List<DefinitionProblem> list() {
            return List.copyOf(list);
        }
    }
}
