package de.rathaus.catalog.assistant;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Where answers are phrased, if anywhere: the configured endpoint. It can be switched while the
 * application runs ({@link #use}, {@link #reset}), which is how the tests point the one shared
 * application context at their stand-in endpoint and back without a second context.
 */
@Component
@EnableConfigurationProperties(LlmProperties.class)
class LlmEndpoint {

    private final LlmProperties configured;
    private final AtomicReference<@Nullable LlmProperties> current;

    LlmEndpoint(LlmProperties configured) {
        this.configured = configured;
        this.current = new AtomicReference<>(configured.configured() ? configured : null);
    }

    Optional<LlmProperties> current() {
        return Optional.ofNullable(current.get());
    }

    void use(LlmProperties endpoint) {
        current.set(endpoint);
    }

    void reset() {
        current.set(configured.configured() ? configured : null);
    }
}
