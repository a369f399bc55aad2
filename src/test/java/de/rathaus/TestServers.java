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
 * Ports of the real servers the tests run beside Rathaus (SMTP via GreenMail, the OpenID Connect
 * provider via mock-oauth2-server, the town directory via UnboundID's in-memory LDAP), chosen once
 * per JVM and handed to the one shared application context. Registered in
 * {@code META-INF/spring.factories}; the customizer is a record, so every test class gets the same
 * context cache key and the context still starts only once.
 */
public final class TestServers implements ContextCustomizerFactory {

    public static final int SMTP_PORT = freePort();
    public static final int OIDC_PORT = freePort();
    public static final int LDAP_PORT = freePort();
    /** Nothing listens here: the address of an identity provider that is down. */
    public static final int UNREACHABLE_PORT = freePort();

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Ports();
    }

    private record Ports() implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestPropertyValues.of(
                            "spring.mail.host=127.0.0.1",
                            "spring.mail.port=" + SMTP_PORT,
                            "rathaus.identity.oidc.providers.testid.issuer-uri=http://127.0.0.1:" + OIDC_PORT
                                    + "/testid",
                            "rathaus.identity.oidc.providers.landeskonto.issuer-uri=http://127.0.0.1:"
                                    + UNREACHABLE_PORT + "/landeskonto",
                            "rathaus.identity.directory.towns.verzeichnis.url=ldap://127.0.0.1:" + LDAP_PORT)
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
