package de.rathaus.forms.library;

import de.rathaus.catalog.ServiceId;
import de.rathaus.forms.FormId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The current town's published forms: what the journey and the API offer. */
@Service
public class FormLibrary {

    /** The current published version of every form, by title. */
    public List<PublishedForm> published() {
        throw new UnsupportedOperationException("contract: implemented by the forms-core helper");
    }

    /** The current published version of the form with this key ({@code hund-anmelden}). */
    public Optional<PublishedForm> published(String key) {
        throw new UnsupportedOperationException("contract: implemented by the forms-core helper");
    }

    /** The current published version of the form with this id. */
    public Optional<PublishedForm> published(FormId id) {
        throw new UnsupportedOperationException("contract: implemented by the forms-core helper");
    }

    /** A given published version (also one that has since been replaced): what a draft or submission was made with. */
    public Optional<PublishedForm> version(FormId id, int version) {
        throw new UnsupportedOperationException("contract: implemented by the forms-core helper");
    }

    /** The published forms of a catalogue service. */
    public List<PublishedForm> forService(ServiceId service) {
        throw new UnsupportedOperationException("contract: implemented by the forms-core helper");
    }
}
