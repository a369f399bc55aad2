package de.rathaus.catalog.assistant;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An optional OpenAI-compatible endpoint that phrases the assistant's answers (off unless
 * {@code base-url} is set; env {@code RATHAUS_ASSISTANT_LLM_BASE_URL} and so on).
 *
 * @param baseUrl e.g. {@code https://llm.example/v1}; the assistant posts to {@code
 *     {baseUrl}/chat/completions}
 * @param apiKey sent as a bearer token, if set
 * @param model the model name the endpoint expects
 * @param timeout how long to wait before answering with the catalogue's facts alone
 */
@ConfigurationProperties("rathaus.assistant.llm")
record LlmProperties(
        @Nullable URI baseUrl,
        @Nullable String apiKey,
        @DefaultValue("gpt-4o-mini") String model,
        @DefaultValue("PT8S") Duration timeout) {

    boolean configured() {
        return baseUrl != null && !baseUrl.toString().isBlank();
    }
}
