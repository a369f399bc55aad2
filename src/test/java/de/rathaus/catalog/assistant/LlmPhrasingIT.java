package de.rathaus.catalog.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The optional AI phrasing against a stand-in endpoint: a JDK HTTP server that answers like the
 * OpenAI chat completions API and records what it received. No real model can run here; what
 * matters is what Rathaus sends and what it does with the reply or without one. The endpoint is
 * switched on for each test through {@link LlmEndpoint} and off again after, so the shared
 * application context stays the same.
 */
@IntegrationTest
class LlmPhrasingIT {

    static final String PHRASED = "Melden Sie Ihren Hund beim Bürgerbüro an; die Steuermarke gibt es dort.";

    static final String QUESTION =
            "Hallo, ich heiße Erika Mustermann, erika.mustermann@example.org, Tel. 0171 1234567, "
                    + "(12.03.1985), IBAN DE89 3704 0044 0532 0130 00. Wo melde ich meinen Hund an?";

    @LocalServerPort
    int port;

    @Autowired
    LlmEndpoint endpoint;

    HttpServer server;
    final List<String> received = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    final CountDownLatch release = new CountDownLatch(1);
    volatile Mode mode = Mode.ANSWER;

    enum Mode {
        ANSWER,
        FAIL,
        HANG
    }

    @BeforeEach
    void startStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
        endpoint.use(new LlmProperties(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1"),
                "test-key",
                "stand-in",
                Duration.ofSeconds(1)));
    }

    @AfterEach
    void stopStandIn() {
        endpoint.reset();
        release.countDown();
        server.stop(0);
    }

    @Test
    void theModelPhrasesFromTheFactsAndNeverSeesPersonalData() {
        var page = ask(QUESTION);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Eine KI formuliert die Antworten")
                .contains(PHRASED)
                .contains("href=\"/leistungen/hund-anmelden\"");
        assertThat(received).hasSize(1);
        String sent = received.getFirst();
        assertThat(sent)
                .contains("Hund anmelden (Hundesteuer)")
                .contains("Wo melde ich meinen Hund an?")
                .contains("[E-Mail]")
                .doesNotContain("erika")
                .doesNotContain("Erika")
                .doesNotContain("Mustermann")
                .doesNotContain("1234567")
                .doesNotContain("1985")
                .doesNotContain("DE89")
                .doesNotContain("3704");
        assertThat(authorizations).containsExactly("Bearer test-key");
    }

    @Test
    void anErrorOfTheModelFallsBackToTheCatalogueAnswer() {
        mode = Mode.FAIL;

        var page = ask("Wo melde ich meinen Hund an?");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(received).hasSize(1);
        assertThat(page.body()).doesNotContain(PHRASED).contains("Dafür ist diese Leistung da: Hund anmelden");
    }

    @Test
    void aModelThatDoesNotAnswerInTimeFallsBackToTheCatalogueAnswer() {
        mode = Mode.HANG;

        var page = ask("Wo melde ich meinen Hund an?");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(PHRASED).contains("Dafür ist diese Leistung da: Hund anmelden");
    }

    @Test
    void whenSwitchedOffThePageSaysNothingAboutAnAiAndNothingIsSent() {
        endpoint.reset();

        var page = ask("Wo melde ich meinen Hund an?");

        assertThat(page.body()).doesNotContain("Eine KI formuliert").doesNotContain(PHRASED);
        assertThat(received).isEmpty();
    }

    private HttpResponse<String> ask(String question) {
        var visitor = new Visitor(port, "localhost");
        visitor.get("/assistent");
        return visitor.post("/assistent", Map.of("frage", question, "verlauf", ""));
    }

    private void handle(HttpExchange exchange) throws IOException {
        received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        try (exchange) {
            switch (mode) {
                case ANSWER -> respond(exchange, 200, """
                        {"id":"chatcmpl-1","object":"chat.completion","model":"stand-in",
                         "choices":[{"index":0,"finish_reason":"stop",
                                     "message":{"role":"assistant","content":"%s"}}]}
                        """.formatted(PHRASED));
                case FAIL -> respond(exchange, 500, "{\"error\":{\"message\":\"overloaded\"}}");
                case HANG -> {
                    release.await(30, TimeUnit.SECONDS);
                    respond(exchange, 200, "{}");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
