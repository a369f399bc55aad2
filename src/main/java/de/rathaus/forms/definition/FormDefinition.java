package de.rathaus.forms.definition;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A form as a town publishes it: the exchange format {@code rathaus-form/1}. One JSON document per
 * version; a published version never changes, a change is a new version.
 *
 * @param format always {@link #FORMAT}
 * @param key the form's stable name within the town, lower case with hyphens (e.g. {@code
 *     hund-anmelden}); also its address {@code /antrag/{key}}
 * @param title what the citizen applies for, e.g. "Hund anmelden"
 * @param service the slug of the catalogue service the form belongs to
 * @param access who may use the form: anyone, or a signed-in citizen with at least this trust level
 * @param start the start page ("Was Sie brauchen")
 * @param pages one topic per page, in order
 * @param fee what the application costs, computed from the answers; {@code null} when it is free
 * @param declaration the text the citizen confirms before sending
 * @param whatHappensNext shown on the confirmation page and in the receipt
 */
public record FormDefinition(
        String format,
        String key,
        String title,
        String service,
        Access access,
        StartPage start,
        List<FormPage> pages,
        @Nullable Fee fee,
        String declaration,
        String whatHappensNext) {

    public static final String FORMAT = "rathaus-form/1";

    public FormDefinition {
        // a member missing in a document reads as null; DefinitionCheck reports what is required
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    public Optional<FormPage> page(String id) {
        return pages.stream().filter(page -> page.id().equals(id)).findFirst();
    }

    /** The top-level fields of all pages, in order. */
    public List<Field> fields() {
        return pages.stream().flatMap(page -> page.fields().stream()).toList();
    }

    public Optional<Field> field(String id) {
        return fields().stream().filter(field -> field.id().equals(id)).findFirst();
    }
}
