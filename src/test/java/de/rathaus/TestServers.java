package de.rathaus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Ports of the real servers the tests run beside Rathaus (SMTP via GreenMail, ...), chosen once
 * per JVM and handed to the one shared application context. Registered in
 * {@code META-INF/spring.factories}; the customizer is a record, so every test class gets the same
 * context cache key and the context still starts only once.
 */
public final class TestServers implements ContextCustomizerFactory {

    public static final int SMTP_PORT = freePort();

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Ports();
    }

    private record Ports() implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + SMTP_PORT)
                    .applyTo(context);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
