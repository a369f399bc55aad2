package de.rathaus.forms.library;

import de.rathaus.catalog.ServiceId;
import de.rathaus.forms.FormId;
import de.rathaus.forms.definition.FormDefinition;
import java.time.Instant;

/** A published version of a form: what citizens fill in. It never changes. */
public record PublishedForm(
        FormId id, int version, ServiceId serviceId, FormDefinition definition, Instant publishedAt) {

    public String key() {
        return definition.key();
    }
}
