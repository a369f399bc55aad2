package de.rathaus.forms.journey;

import de.rathaus.forms.definition.Access;
import de.rathaus.forms.library.Author;
import de.rathaus.forms.library.FormEditing;
import de.rathaus.forms.library.FormLibrary;
import de.rathaus.forms.library.PublishedForm;
import de.rathaus.forms.library.Saved;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test forms of Musterstadt made from {@code forms/journey/all-types.json} (every field type, a
 * conditional page and field, a group, an upload, a fee), published once per test JVM under their own keys.
 */
final class JourneyForms {

    /** Anyone, no fee. */
    static final String GUEST = "test-gast";
    /** Signed in (BASIC), with the fee of the original. */
    static final String ACCOUNT = "test-konto";
    /** Signed in with the online ID card (HIGH). */
    static final String HIGH = "test-hoch";

    private JourneyForms() {}

    static synchronized void publish(ApplicationContext context) {
        var tenants = context.getBean(Tenants.class);
        var library = context.getBean(FormLibrary.class);
        var editing = context.getBean(FormEditing.class);
        CurrentTenant.runAs(tenants.bySlug("musterstadt").orElseThrow(), () -> {
            if (library.published(GUEST).isPresent()) {
                return;
            }
            publish(editing, GUEST, Access.ANONYMOUS, false);
            publish(editing, ACCOUNT, Access.BASIC, true);
            publish(editing, HIGH, Access.HIGH, false);
        });
    }

    static PublishedForm form(ApplicationContext context, String key) {
        var tenants = context.getBean(Tenants.class);
        return CurrentTenant.runAs(
                tenants.bySlug("musterstadt").orElseThrow(),
                () -> context.getBean(FormLibrary.class).published(key).orElseThrow());
    }

    private static void publish(FormEditing editing, String key, Access access, boolean fee) {
        ObjectNode document = document();
        document.put("key", key);
        document.put("title", "Testantrag " + key);
        document.put("access", access.name());
        if (!fee) {
            document.remove("fee");
        }
        Saved saved = editing.saveDraft(document.toString(), Author.SYSTEM);
        if (!(saved instanceof Saved.Stored stored)) {
            throw new IllegalStateException("Test form refused: " + saved);
        }
        if (!(editing.publish(stored.id(), stored.version()) instanceof Saved.Stored)) {
            throw new IllegalStateException("Test form not published: " + key);
        }
    }

    private static ObjectNode document() {
        try {
            return (ObjectNode) JsonMapper.builder()
                    .build()
                    .readTree(new ClassPathResource("forms/journey/all-types.json")
                            .getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
