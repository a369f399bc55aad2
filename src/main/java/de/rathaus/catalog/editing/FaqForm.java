package de.rathaus.catalog.editing;

import de.rathaus.catalog.model.FaqContent;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/** The FAQ form; {@code slug} is only asked for a new question. */
record FaqForm(
        @Nullable String slug,
        @Nullable String question,
        @Nullable String answer,
        @Nullable String keywords,
        @Nullable List<String> services) {

    FaqForm {
        services = services == null ? List.of() : List.copyOf(services);
    }

    static FaqForm blank() {
        return new FaqForm("", "", "", "", List.of());
    }

    /** The form as the browser sent it (read by hand, as {@link ServiceForm#from} explains). */
    static FaqForm from(MultiValueMap<String, String> params) {
        return new FaqForm(
                params.getFirst("slug"),
                params.getFirst("question"),
                params.getFirst("answer"),
                params.getFirst("keywords"),
                params.getOrDefault("services", List.of()));
    }

    static FaqForm of(String slug, FaqContent content) {
        return new FaqForm(
                slug, content.question(), content.answer(), Lines.join(content.keywords()), content.services());
    }

    Draft<FaqContent> draft() {
        Lines keywordLines = Lines.of(keywords);
        FaqContent content = new FaqContent(
                question == null ? "" : question,
                answer == null ? "" : answer,
                keywordLines.values(),
                Objects.requireNonNull(services));
        return new Draft<>(content, List.of(), Map.of("keywords", keywordLines), Map.of(), Map.of());
    }
}
