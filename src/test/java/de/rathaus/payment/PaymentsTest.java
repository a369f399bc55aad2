package de.rathaus.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which providers a town is offered: only those the installation lists in {@code
 * rathaus.payment.providers} and that say they are available. Neither check needs the database.
 */
class PaymentsTest {

    final PaymentProvider online = new Provider("online", true);
    final PaymentProvider invoice = new Provider("rechnung", true);
    final PaymentProvider closed = new Provider("testkasse", false);

    final PaymentRequest request =
            new PaymentRequest("r-1", new BigDecimal("5.00"), "Gebühr", "", URI.create("/antrag"));

    @Test
    void onlyListedAndAvailableProvidersAreOffered() {
        Payments payments = payments(List.of("rechnung", "testkasse"));

        assertThat(payments.methods()).extracting(Payments.PaymentMethod::id).containsExactly("rechnung");
    }

    @Test
    void anUnlistedOrUnavailableProviderCannotBeStarted() {
        Payments payments = payments(List.of("rechnung", "testkasse"));

        assertThatThrownBy(() -> payments.start("online", request))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'online' is unknown or not available");
        assertThatThrownBy(() -> payments.start("testkasse", request))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'testkasse' is unknown or not available");
    }

    @Test
    void theConfiguredOrderIsTheOrderOffered() {
        assertThat(payments(List.of("rechnung", "online")).methods())
                .extracting(Payments.PaymentMethod::id)
                .containsExactly("rechnung", "online");
    }

    @Test
    void aMistypedProviderInTheConfigurationStopsTheStart() {
        assertThatThrownBy(() -> payments(List.of("online", "rehcnung")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[rehcnung]");
    }

    private Payments payments(List<String> enabled) {
        // the refusals above happen before any transaction is stored: no ledger, no transaction manager
        return new Payments(List.of(online, invoice, closed), new PaymentProperties(enabled), null, null, null);
    }

    private record Provider(String id, boolean available) implements PaymentProvider {

        @Override
        public String labelKey() {
            return "payment.method." + id;
        }

        @Override
        public boolean payLater() {
            return id.equals("rechnung");
        }

        @Override
        public ProviderTransaction create(PaymentRequest request) {
            throw new AssertionError("a refused provider is never asked");
        }

        @Override
        public PaymentStatus status(String providerTxId) {
            throw new AssertionError("a refused provider is never asked");
        }
    }
}
