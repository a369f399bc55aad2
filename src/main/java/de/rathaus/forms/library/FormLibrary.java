package de.rathaus.forms.library;

import de.rathaus.catalog.ServiceId;
import de.rathaus.forms.FormId;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current town's published forms: what the journey and the API offer. */
@Service
@Transactional(readOnly = true)
public class FormLibrary {

    private static final Comparator<PublishedForm> BY_TITLE = Comparator.comparing(
                    (PublishedForm form) -> form.definition().title(), Collator.getInstance(Locale.GERMAN))
            .thenComparing(PublishedForm::key);

    private final FormVersions versions;
    private final Definitions definitions;

    FormLibrary(FormVersions versions, Definitions definitions) {
        this.versions = versions;
        this.definitions = definitions;
    }

    /** The current published version of every form, by title. */
    public List<PublishedForm> published() {
        return versions.published().stream().map(this::form).sorted(BY_TITLE).toList();
    }

    /** The current published version of the form with this key ({@code hund-anmelden}). */
    public Optional<PublishedForm> published(String key) {
        return versions.formIdByKey(key).flatMap(versions::published).map(this::form);
    }

    /** The current published version of the form with this id. */
    public Optional<PublishedForm> published(FormId id) {
        return versions.published(id.value()).map(this::form);
    }

    /** A given published version (also one that has since been replaced): what a draft or submission was made with. */
    public Optional<PublishedForm> version(FormId id, int version) {
        return versions.version(id.value(), version)
                .filter(meta -> meta.status() != VersionStatus.DRAFT)
                .map(this::form);
    }

    /** The published forms of a catalogue service. */
    public List<PublishedForm> forService(ServiceId service) {
        return published().stream()
                .filter(form -> form.serviceId().equals(service))
                .toList();
    }

    private PublishedForm form(FormVersions.Meta meta) {
        return new PublishedForm(
                new FormId(meta.formId()),
                meta.version(),
                new ServiceId(meta.serviceId()),
                definitions.of(meta),
                meta.publishedAt());
    }
}
