package de.rathaus.payment.testkasse;

import de.rathaus.payment.PaymentStatus;
import de.rathaus.payment.ledger.Euros;
import de.rathaus.platform.tenancy.DemoMode;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The simulated payment page. Outside demo mode it answers 404 to everything, whatever is stored.
 * The outcome is kept on the server; the return address gets no status in its URL, so the caller
 * has to verify it through {@code Payments.verify}.
 */
@Controller
@RequestMapping("/zahlung/testkasse/{id}")
class TestkasseController {

    private final TestkasseSessions sessions;
    private final DemoMode demoMode;

    TestkasseController(TestkasseSessions sessions, DemoMode demoMode) {
        this.sessions = sessions;
        this.demoMode = demoMode;
    }

    @GetMapping
    String page(@PathVariable String id, Model model, Locale locale) {
        TestkasseSession session = session(id);
        model.addAttribute("cashDesk", session);
        model.addAttribute("amount", Euros.format(session.amount(), locale));
        return "payment/testkasse";
    }

    @PostMapping
    String decide(@PathVariable String id, @RequestParam(name = "ergebnis", required = false) @Nullable String choice) {
        TestkasseSession session = session(id);
        PaymentStatus outcome = outcome(choice);
        sessions.decide(session.id(), outcome);
        return "redirect:" + session.returnUrl();
    }

    private TestkasseSession session(String id) {
        if (!demoMode.enabled()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return parse(id).flatMap(sessions::find).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static PaymentStatus outcome(@Nullable String choice) {
        return switch (choice == null ? "" : choice) {
            case "bezahlen" -> PaymentStatus.PAYED;
            case "fehlschlagen" -> PaymentStatus.FAILED;
            case "abbrechen" -> PaymentStatus.CANCELED;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown choice");
        };
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
