package de.rathaus.catalog.assistant;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lets the configured OpenAI-compatible model put an answer's facts into a few friendly sentences.
 * The model gets the facts and the question with personal data removed ({@link Redaction}); when
 * it is off, slow or failing, the answer shows the catalogue's facts alone.
 */
@Service
class Phrasing {

    private static final Logger log = LoggerFactory.getLogger(Phrasing.class);

    /** A longer reply is no short answer; it is cut here rather than shown at any length. */
    private static final int MAX_REPLY = 1500;

    static final String SYSTEM_PROMPT = """
            Du beantwortest Fragen von Bürgerinnen und Bürgern für die Stadtverwaltung. \
            Verwende ausschließlich die gegebenen Fakten; erfinde nichts, auch keine Zahlen, Fristen \
            oder Adressen. Wenn die Fakten die Frage nicht beantworten, sage das. Antworte auf Deutsch, \
            freundlich, mit "Sie", in höchstens vier kurzen Sätzen, ohne Aufzählungszeichen und ohne Links.""";

    private final LlmEndpoint endpoint;
    private final ServiceTexts texts;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    Phrasing(LlmEndpoint endpoint, ServiceTexts texts) {
        this.endpoint = endpoint;
        this.texts = texts;
    }

    boolean enabled() {
        return endpoint.current().isPresent();
    }

    Answer.Found phrase(String question, Answer.Found answer) {
        return endpoint.current()
                .map(settings -> {
                    @Nullable String text = ask(settings, question, answer);
                    return text == null ? answer : answer.withPhrased(text);
                })
                .orElse(answer);
    }

    private @Nullable String ask(LlmProperties settings, String question, Answer.Found answer) {
        String redacted = Redaction.redact(question, texts.vocabulary());
        String body = json.writeValueAsString(Map.of(
                "model",
                settings.model(),
                "temperature",
                0,
                "messages",
                List.of(
                        Map.of("role", "system", "content", SYSTEM_PROMPT),
                        Map.of(
                                "role",
                                "user",
                                "content",
                                "Fakten:\n" + FactSheet.of(answer) + "\n\nFrage: " + redacted))));
        var request = HttpRequest.newBuilder(chatCompletions(settings.baseUrl()))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        try {
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                log.warn("The phrasing endpoint answered {}; showing the catalogue's facts", response.statusCode());
                return null;
            }
            Completion completion = json.readValue(response.body(), Completion.class);
            Completion.@Nullable Choice first =
                    completion.choices() == null || completion.choices().isEmpty()
                            ? null
                            : completion.choices().getFirst();
            String text = first == null || first.message() == null
                    ? ""
                    : Conversation.clean(first.message().content());
            return text.isEmpty() ? null : text.substring(0, Math.min(text.length(), MAX_REPLY));
        } catch (IOException | JacksonException e) {
            log.warn("The phrasing endpoint failed ({}); showing the catalogue's facts", e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static URI chatCompletions(@Nullable URI baseUrl) {
        String base = String.valueOf(baseUrl);
        return URI.create((base.endsWith("/") ? base : base + "/") + "chat/completions");
    }

    /** The part of an OpenAI chat completion the assistant reads. */
    record Completion(@Nullable List<Choice> choices) {

        record Choice(@Nullable Message message) {}

        record Message(@Nullable String content) {}
    }
}
