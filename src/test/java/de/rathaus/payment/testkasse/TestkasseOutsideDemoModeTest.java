package de.rathaus.payment.testkasse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.rathaus.payment.PaymentRequest;
import de.rathaus.platform.tenancy.DemoMode;
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.server.ResponseStatusException;

/**
 * An installation that is not a demo (here one on an external database, as in production) can
 * neither offer the test cash desk nor show its page; nothing is looked up, whatever id is asked.
 */
class TestkasseOutsideDemoModeTest {

    final DemoMode production = demoMode(
            new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db.example/rathaus"));

    /** Stands for the database: outside demo mode it must never be asked. */
    final TestkasseSessions noSessions = new TestkasseSessions(null);

    @Test
    void theTestCashDeskIsUnavailableAndCreatesNothing() {
        Testkasse testkasse = new Testkasse(noSessions, production);

        assertThat(production.enabled()).isFalse();
        assertThat(testkasse.available()).isFalse();
        assertThatThrownBy(() -> testkasse.create(
                        new PaymentRequest("r-1", new BigDecimal("5.00"), "Test", "", URI.create("/antrag"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo mode");
    }

    @Test
    void itsPageAnswersNotFound() {
        TestkasseController controller = new TestkasseController(noSessions, production);
        String id = UUID.randomUUID().toString();

        assertThatThrownBy(() -> controller.page(id, new ExtendedModelMap(), java.util.Locale.GERMAN))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThatThrownBy(() -> controller.decide(id, "bezahlen"))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
    }

    @Test
    void evenAnExplicitDemoSwitchOffKeepsItClosedOnTheEmbeddedDatabase() {
        DemoMode off = demoMode(new MockEnvironment().withProperty("rathaus.demo", "false"));

        assertThat(new Testkasse(noSessions, off).available()).isFalse();
    }

    /** DemoMode is built by Spring from the environment; its constructor is not public API. */
    static DemoMode demoMode(Environment environment) {
        try {
            var constructor = DemoMode.class.getDeclaredConstructor(Environment.class);
            constructor.setAccessible(true);
            return constructor.newInstance(environment);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
