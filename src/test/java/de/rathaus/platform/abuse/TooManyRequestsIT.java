package de.rathaus.platform.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.Http;
import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class TooManyRequestsIT {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Test
    void aPageOverTheLimitSaysInGermanWhenToTryAgain() {
        var visitor = new Visitor(port, "localhost");
        visitor.get("/test-only/proof-of-work");

        var response = visitor.post("/test-only/too-many", Map.of());

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("150");
        assertThat(response.body())
                .contains("<h1 class=\"rh-heading-xl\">Zu viele Anfragen</h1>")
                .contains("Bitte versuchen Sie es in 3 Minuten noch einmal.")
                .contains("Musterstadt");
    }

    @Test
    void anApiCallOverTheLimitGetsProblemDetails() {
        var http = new Http(port);
        var response = http.send(http.request("localhost", "/api/test-only/too-many")
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("42");
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("title").asString()).isEqualTo("Zu viele Anfragen");
        assertThat(problem.path("retryAfterSeconds").asLong()).isEqualTo(42);
    }

    @Test
    void thePageSpeaksEnglishToThoseWhoChoseIt() {
        var english = new Visitor(port, "localhost").withCookie("rathaus-lang", "en");
        english.get("/test-only/proof-of-work");

        var response = english.post("/test-only/too-many", Map.of());

        assertThat(response.body()).contains("Too many requests").contains("Please try again in 3 minutes.");
    }

    @Test
    void lessThanAMinuteIsOneMinute() {
        var response = new Visitor(port, "localhost").get("/zu-viele-anfragen");

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.body()).contains("Bitte versuchen Sie es in einer Minute noch einmal.");
    }
}
