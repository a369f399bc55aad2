package de.rathaus.payment.testkasse;

import de.rathaus.payment.PaymentProvider;
import de.rathaus.payment.PaymentRequest;
import de.rathaus.payment.PaymentStatus;
import de.rathaus.payment.ProviderTransaction;
import de.rathaus.platform.tenancy.DemoMode;
import java.net.URI;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The test cash desk as a payment provider. Available only in demo mode, so a production
 * installation can never take a simulated payment for a real one.
 */
@Component
class Testkasse implements PaymentProvider {

    static final String ID = "testkasse";

    private final TestkasseSessions sessions;
    private final DemoMode demoMode;

    Testkasse(TestkasseSessions sessions, DemoMode demoMode) {
        this.sessions = sessions;
        this.demoMode = demoMode;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "payment.method.testkasse";
    }

    @Override
    public boolean payLater() {
        return false;
    }

    @Override
    public boolean available() {
        return demoMode.enabled();
    }

    @Override
    public ProviderTransaction create(PaymentRequest request) {
        if (!available()) {
            throw new IllegalStateException("The test cash desk works only in demo mode");
        }
        UUID id = sessions.open(request);
        return new ProviderTransaction(id.toString(), PaymentStatus.INITIAL, page(id), null);
    }

    @Override
    public PaymentStatus status(String providerTxId) {
        return TestkasseController.parse(providerTxId)
                .flatMap(sessions::find)
                .map(TestkasseSession::status)
                .orElse(PaymentStatus.INITIAL);
    }

    /** The page where the visitor decides, on the town's own host. */
    static URI page(UUID id) {
        return URI.create("/zahlung/testkasse/" + id);
    }
}
