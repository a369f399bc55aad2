package de.rathaus.forms.library;

import de.rathaus.forms.definition.FormDefinition;
import de.rathaus.forms.definition.FormJson;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.TenantId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The parsed definitions of versions. A published or retired version never changes, so its parsed
 * definition is kept (service pages ask for the published forms on every view); a draft is read
 * fresh each time.
 */
@Component
class Definitions {

    /** Far more than the versions a town has published; past it the cache starts afresh. */
    private static final int CAPACITY = 5_000;

    private record Key(TenantId tenant, UUID formId, int version) {}

    private final Map<Key, FormDefinition> fixed = new ConcurrentHashMap<>();
    private final FormVersions versions;
    private final FormJson json;

    Definitions(FormVersions versions, FormJson json) {
        this.versions = versions;
        this.json = json;
    }

    FormDefinition of(FormVersions.Meta meta) {
        if (meta.status() == VersionStatus.DRAFT) {
            return json.read(versions.document(meta.formId(), meta.version()));
        }
        if (fixed.size() > CAPACITY) {
            fixed.clear();
        }
        return fixed.computeIfAbsent(
                new Key(CurrentTenant.id(), meta.formId(), meta.version()),
                key -> json.read(versions.document(meta.formId(), meta.version())));
    }

    FormDefinition of(FormVersions.Row row) {
        return json.read(row.document());
    }
}
