package de.rathaus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ErrorPagesIT {

    @LocalServerPort
    int port;

    @Test
    void anUnexpectedFailureShowsAFriendlyGermanPageWithoutDetails() {
        HttpResponse<String> page = new Visitor(port, "localhost").get("/test-only/failure");

        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body())
                .contains("<html lang=\"de\"")
                .contains("Es ist ein Fehler aufgetreten")
                .contains("Musterstadt")
                .doesNotContain("internal detail")
                .doesNotContain("IllegalStateException");
    }

    @Test
    void badInputInTheAddressIsAClientErrorNotAServerError() {
        HttpResponse<String> page = new Visitor(port, "localhost").get("/test-only/number/abc");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Das hat nicht geklappt");
    }

    @Test
    void theErrorPagesSpeakEnglishToo() {
        var visitor = new Visitor(port, "localhost");
        visitor.get("/?lang=en");

        assertThat(visitor.get("/gibt-es-nicht").body())
                .contains("Page not found")
                .contains("<html lang=\"en\"");
    }
}
