package de.rathaus.forms.receipt;

import de.rathaus.forms.definition.Answers;
import de.rathaus.forms.definition.Field;
import de.rathaus.forms.definition.FieldType;
import de.rathaus.forms.definition.FormDefinition;
import de.rathaus.forms.definition.FormPage;
import de.rathaus.forms.submission.PaymentState;
import de.rathaus.forms.submission.SubmissionView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;

/**
 * What the receipt says, worked out from a submission: the answers by page in the form's order,
 * each written as the citizen reads it (options by their label, "Ja"/"Nein", "37,00 €",
 * "23.11.2026", addresses on lines), group entries numbered, every attachment, and the fee.
 *
 * <p>Only answered fields appear: a submission holds no answers to hidden fields, so what is
 * listed is exactly what was sent.
 */
record ReceiptContent(
        String reference,
        String formTitle,
        int formVersion,
        String submittedAt,
        List<Section> sections,
        List<Attachment> attachments,
        Fee fee,
        String declaration,
        String whatHappensNext) {

    /** A page of the form with its answers. */
    record Section(String title, List<Block> blocks) {}

    /** Answers in a section: plain questions as a table, or a repeatable group with its entries. */
    sealed interface Block {
        String kind();
    }

    record Table(List<Row> rows) implements Block {
        @Override
        public String kind() {
            return "table";
        }
    }

    record Group(String label, List<Entry> entries) implements Block {
        @Override
        public String kind() {
            return "group";
        }
    }

    /** One entry of a group, counted from 1. */
    record Entry(int number, List<Row> rows) {}

    /** A question and its answer, one line per line of the answer. */
    record Row(String label, List<String> lines) {}

    record Attachment(String name, String size, String type) {}

    /**
     * @param state {@code free}, {@code paid} or {@code invoiced}
     * @param provider the name of the payment method the fee was paid with
     */
    record Fee(
            String state,
            @Nullable String amount,
            @Nullable String provider,
            @Nullable String kassenzeichen) {}

    /**
     * @param providerNames the display name of a payment provider by its id
     */
    static ReceiptContent of(
            SubmissionView submission, MessageSource messages, Locale locale, UnaryOperator<String> providerNames) {
        var writer = new AnswerWriter(messages, locale);
        FormDefinition form = submission.form().definition();
        List<Section> sections = new ArrayList<>();
        List<Attachment> attachments = new ArrayList<>();
        for (FormPage page : form.pages()) {
            List<Block> blocks = writer.blocks(page.fields(), submission.answers(), attachments);
            if (!blocks.isEmpty()) {
                sections.add(new Section(page.title(), blocks));
            }
        }
        return new ReceiptContent(
                submission.reference(),
                form.title(),
                submission.form().version(),
                GermanFormats.dateTime(submission.submittedAt()),
                List.copyOf(sections),
                List.copyOf(attachments),
                fee(submission.payment(), providerNames),
                form.declaration(),
                form.whatHappensNext());
    }

    private static Fee fee(PaymentState payment, UnaryOperator<String> providerNames) {
        return switch (payment) {
            case PaymentState.NoFee free -> new Fee("free", null, null, null);
            case PaymentState.Paid paid ->
                new Fee("paid", GermanFormats.money(paid.amount()), providerNames.apply(paid.provider()), null);
            case PaymentState.Invoiced invoiced ->
                new Fee("invoiced", GermanFormats.money(invoiced.amount()), null, invoiced.kassenzeichen());
        };
    }

    /** Writes answers as text, collecting the attachments on the way. */
    private record AnswerWriter(MessageSource messages, Locale locale) {

        List<Block> blocks(List<Field> fields, Answers answers, List<Attachment> attachments) {
            List<Block> blocks = new ArrayList<>();
            List<Row> rows = new ArrayList<>();
            for (Field field : fields) {
                JsonNode answer = answers.get(field.id());
                if (answer == null) {
                    continue;
                }
                if (field.type() == FieldType.GROUP) {
                    if (!rows.isEmpty()) {
                        blocks.add(new Table(List.copyOf(rows)));
                        rows.clear();
                    }
                    blocks.add(new Group(field.label(), entries(field, answer, attachments)));
                } else {
                    rows.add(new Row(field.label(), lines(field, answer, attachments)));
                }
            }
            if (!rows.isEmpty()) {
                blocks.add(new Table(List.copyOf(rows)));
            }
            return blocks;
        }

        private List<Entry> entries(Field group, JsonNode answer, List<Attachment> attachments) {
            List<Entry> entries = new ArrayList<>();
            for (JsonNode item : answer.values()) {
                List<Row> rows = new ArrayList<>();
                for (Field field : group.fields()) {
                    JsonNode value = item.get(field.id());
                    if (value != null && !value.isNull()) {
                        rows.add(new Row(field.label(), lines(field, value, attachments)));
                    }
                }
                entries.add(new Entry(entries.size() + 1, List.copyOf(rows)));
            }
            return List.copyOf(entries);
        }

        private List<String> lines(Field field, JsonNode answer, List<Attachment> attachments) {
            return switch (field.type()) {
                case TEXT, EMAIL, PHONE -> List.of(answer.asString());
                case LONG_TEXT -> answer.asString().lines().toList();
                case NUMBER -> List.of(GermanFormats.number(answer.asDecimal()));
                case MONEY -> List.of(GermanFormats.money(answer.asDecimal()));
                case DATE -> List.of(GermanFormats.date(LocalDate.parse(answer.asString())));
                case IBAN -> List.of(GermanFormats.iban(answer.asString()));
                case SELECT, RADIO -> List.of(optionLabel(field, answer.asString()));
                case CHECKBOX ->
                    answer.values().stream()
                            .map(value -> optionLabel(field, value.asString()))
                            .toList();
                case YES_NO -> List.of(text(answer.asBoolean() ? "receipt.yes" : "receipt.no"));
                case ADDRESS ->
                    List.of(
                            answer.path("street").asString(),
                            answer.path("postcode").asString() + " "
                                    + answer.path("city").asString());
                case FILE -> {
                    var attachment = new Attachment(
                            answer.path("name").asString(),
                            GermanFormats.size(answer.path("size").asLong()),
                            GermanFormats.type(answer.path("type").asString()));
                    attachments.add(attachment);
                    yield List.of(attachment.name());
                }
                case GROUP ->
                    entries(field, answer, attachments).stream()
                            .map(entry -> entry.number() + ". "
                                    + String.join(
                                            ", ",
                                            entry.rows().stream()
                                                    .map(row -> String.join(" ", row.lines()))
                                                    .toList()))
                            .toList();
            };
        }

        /** The option's label; a value that is not among the options is shown as it was sent. */
        private static String optionLabel(Field field, String value) {
            return field.options().stream()
                    .filter(option -> option.value().equals(value))
                    .map(Field.Option::label)
                    .findFirst()
                    .orElse(value);
        }

        private String text(String key) {
            return messages.getMessage(key, null, locale);
        }
    }
}
