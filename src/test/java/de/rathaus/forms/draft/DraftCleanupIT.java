package de.rathaus.forms.draft;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.forms.definition.Answers;
import de.rathaus.forms.library.FormLibrary;
import de.rathaus.forms.library.PublishedForm;
import de.rathaus.platform.files.FileId;
import de.rathaus.platform.files.FileTypes;
import de.rathaus.platform.files.Files;
import de.rathaus.platform.files.StoreRequest;
import de.rathaus.platform.files.StoreResult;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Old drafts are deleted with their uploads; recent ones and other towns' stay. */
@IntegrationTest
class DraftCleanupIT {

    @Autowired
    DraftCleanup cleanup;

    @Autowired
    Drafts drafts;

    @Autowired
    Files files;

    @Autowired
    FormLibrary library;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcClient jdbc;

    @Test
    void guestDraftsGoAfterAWeekAccountDraftsLaterWithTheirFiles() {
        Tenant town = tenants.bySlug("musterstadt").orElseThrow();
        CurrentTenant.runAs(town, () -> {
            PublishedForm form = library.published("fundsache-melden").orElseThrow();
            StoreResult stored = files.store(StoreRequest.of(
                    "foto.pdf",
                    "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                    FileTypes.DOCUMENTS_AND_IMAGES));
            FileId file = ((StoreResult.Stored) stored).file().id();
            ObjectNode answers = JsonNodeFactory.instance.objectNode();
            answers.putObject("foto").put("file", file.toString()).put("name", "foto.pdf");

            Draft oldGuest = drafts.startForGuest(form).draft();
            drafts.save(oldGuest.id(), Answers.of(answers), "fund");
            Draft recentGuest = drafts.startForGuest(form).draft();
            UUID applicant = UUID.randomUUID();
            Draft oldAccount = drafts.startForApplicant(form, applicant, Answers.empty());
            age(oldGuest.id(), "8 days");
            age(oldAccount.id(), "8 days");

            cleanup.cleanUp(Instant.now());

            assertThat(exists(oldGuest.id())).isFalse();
            assertThat(files.metadata(file))
                    .as("the upload goes with the draft")
                    .isEmpty();
            assertThat(exists(recentGuest.id())).isTrue();
            assertThat(exists(oldAccount.id()))
                    .as("account drafts are kept longer")
                    .isTrue();
            assertThat(drafts.ofApplicant(applicant))
                    .extracting(DraftSummary::id)
                    .containsExactly(oldAccount.id());

            age(oldAccount.id(), "91 days");
            cleanup.cleanUp(Instant.now());
            assertThat(exists(oldAccount.id())).isFalse();
        });
    }

    private void age(UUID draft, String interval) {
        jdbc.sql("update forms.draft set updated_at = now() - cast(? as interval) where id = ?")
                .params(interval, draft)
                .update();
    }

    private boolean exists(UUID draft) {
        return jdbc.sql("select count(*) from forms.draft where id = ?")
                        .param(draft)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
