package de.rathaus.forms.editor;

import de.rathaus.forms.definition.FormDefinition;
import de.rathaus.forms.definition.FormPage;
import de.rathaus.forms.journey.FieldView;
import de.rathaus.forms.journey.FieldViews;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Every page of a form as citizens will see it, built with the journey's own field views (empty
 * answers), so the preview cannot drift from the real thing.
 */
record Preview(FormDefinition form, List<PreviewPage> pages) {

    /**
     * One question page.
     *
     * @param conditional shown only when an earlier answer fits (the preview shows it anyway)
     */
    record PreviewPage(int number, FormPage page, boolean conditional, List<FieldView> fields) {}

    static Preview of(FormDefinition form) {
        List<FormPage> pages = form.pages();
        return new Preview(
                form,
                IntStream.range(0, pages.size())
                        .mapToObj(index -> {
                            FormPage page = pages.get(index);
                            return new PreviewPage(
                                    index + 1,
                                    page,
                                    page.showIf() != null,
                                    FieldViews.of(page.fields(), JsonNodeFactory.instance.objectNode(), Map.of()));
                        })
                        .toList());
    }
}
