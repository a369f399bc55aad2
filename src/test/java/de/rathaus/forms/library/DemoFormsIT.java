package de.rathaus.forms.library;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import de.rathaus.forms.definition.Access;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Musterstadt starts with its demo forms published, each offered on its service's page. */
@IntegrationTest
class DemoFormsIT {

    @Autowired
    Tenants tenants;

    @Autowired
    FormLibrary library;

    @LocalServerPort
    int port;

    @Test
    void musterstadtOffersItsDemoForms() {
        CurrentTenant.runAs(tenants.bySlug("musterstadt").orElseThrow(), () -> {
            assertThat(library.published())
                    .extracting(PublishedForm::key)
                    .contains(
                            "anwohnerparkausweis",
                            "fundsache-melden",
                            "gewerbeanmeldung",
                            "hund-anmelden",
                            "kita-platz-vormerken",
                            "meldebescheinigung",
                            "sperrmuell-anmelden",
                            "veranstaltung-anzeigen");
            assertThat(library.published("meldebescheinigung")
                            .orElseThrow()
                            .definition()
                            .access())
                    .isEqualTo(Access.HIGH);
            assertThat(library.published("fundsache-melden")
                            .orElseThrow()
                            .definition()
                            .access())
                    .isEqualTo(Access.ANONYMOUS);
        });
    }

    @Test
    void theServicePageLinksToTheOnlineForm() {
        var page = new Visitor(port, "localhost").get("/leistungen/hund-anmelden");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/antrag/hund-anmelden\"").contains("Online beantragen");
    }
}
