package de.rathaus.forms.journey;

import de.rathaus.forms.definition.FormDefinition;
import de.rathaus.forms.definition.FormRules;
import de.rathaus.forms.draft.Drafts;
import de.rathaus.forms.submission.PaymentState;
import de.rathaus.payment.Payment;
import de.rathaus.payment.PaymentRequest;
import de.rathaus.payment.Payments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Paying the fee: the citizen chooses a method, pays at the provider and comes back; the status is
 * verified with the provider, never taken from the browser. A failed or cancelled payment leads
 * back here with the draft kept, and a retry is a new attempt (a new payment request). Paying by
 * invoice sends the application right away with the payment open.
 */
@Controller
class PaymentController {

    private final Journeys journeys;
    private final Drafts drafts;
    private final Payments payments;
    private final Sending sending;
    private final ErrorTexts errorTexts;

    PaymentController(Journeys journeys, Drafts drafts, Payments payments, Sending sending, ErrorTexts errorTexts) {
        this.journeys = journeys;
        this.drafts = drafts;
        this.payments = payments;
        this.sending = sending;
        this.errorTexts = errorTexts;
    }

    @GetMapping("/antrag/{key}/{draft}/bezahlen")
    String choose(
            @PathVariable String key,
            @PathVariable String draft,
            @RequestParam(name = "ergebnis", required = false) @Nullable String outcome,
            HttpServletRequest request,
            Model model) {
        Optional<String> sent = sending.redirectIfSent(journeys, draft, request);
        if (sent.isPresent()) {
            return sent.get();
        }
        Journeys.Opened opened = journeys.open(key, draft, request);
        if (opened.draft().declaredAt() == null) {
            return "redirect:" + opened.base() + "/absenden";
        }
        return render(opened, outcome, null, model);
    }

    @PostMapping("/antrag/{key}/{draft}/bezahlen")
    String pay(
            @PathVariable String key,
            @PathVariable String draft,
            @RequestParam(name = "methode", required = false) @Nullable String method,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        Optional<String> sent = sending.redirectIfSent(journeys, draft, request);
        if (sent.isPresent()) {
            return sent.get();
        }
        Journeys.Opened opened = journeys.open(key, draft, request);
        if (opened.draft().declaredAt() == null) {
            return "redirect:" + opened.base() + "/absenden";
        }
        Optional<Payments.PaymentMethod> chosen = payments.methods().stream()
                .filter(candidate -> candidate.id().equals(method))
                .findFirst();
        if (chosen.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(opened, null, errorTexts.message("journey.payment.method.required", locale), model);
        }
        FormDefinition form = opened.form().definition();
        BigDecimal fee = fee(opened);
        int attempt = drafts.nextPaymentAttempt(opened.draft().id());
        String purpose = form.fee() == null ? form.title() : form.fee().purpose();
        Payment payment = payments.start(
                chosen.get().id(),
                new PaymentRequest(
                        opened.draft().id() + "-" + attempt,
                        fee,
                        purpose.length() > Payments.MAX_PURPOSE ? purpose.substring(0, Payments.MAX_PURPOSE) : purpose,
                        opened.draft().id().toString(),
                        URI.create(opened.base() + "/bezahlen/zurueck")));
        drafts.paymentStarted(opened.draft().id(), payment.id());
        if (chosen.get().payLater()) {
            String kassenzeichen = payment.kassenzeichen() == null ? "" : payment.kassenzeichen();
            return sent(opened, new PaymentState.Invoiced(fee, payment.id(), kassenzeichen), payment.id());
        }
        if (payment.redirect() == null) {
            return "redirect:" + opened.base() + "/bezahlen/zurueck";
        }
        return "redirect:" + payment.redirect();
    }

    /** Where the provider sends the citizen back: the status is asked of the provider. */
    @GetMapping("/antrag/{key}/{draft}/bezahlen/zurueck")
    String back(@PathVariable String key, @PathVariable String draft, HttpServletRequest request) {
        Optional<String> sent = sending.redirectIfSent(journeys, draft, request);
        if (sent.isPresent()) {
            return sent.get();
        }
        Journeys.Opened opened = journeys.open(key, draft, request);
        UUID paymentId = opened.draft().paymentId();
        if (paymentId == null) {
            return "redirect:" + opened.base() + "/bezahlen";
        }
        Payment payment = payments.verify(paymentId).orElseThrow(Journeys::notFound);
        return switch (payment.status()) {
            case PAYED ->
                sent(opened, new PaymentState.Paid(payment.amount(), payment.id(), payment.provider()), payment.id());
            case FAILED, CANCELED -> "redirect:" + opened.base() + "/bezahlen?ergebnis=fehlgeschlagen";
            case INITIAL -> "redirect:" + opened.base() + "/bezahlen?ergebnis=offen";
        };
    }

    private String sent(Journeys.Opened opened, PaymentState state, UUID paymentId) {
        return switch (sending.send(opened, state, paymentId)) {
            case Sending.Outcome.Sent done -> "redirect:" + done.confirmation();
            case Sending.Outcome.Refused refused -> "redirect:" + opened.base() + "/pruefen";
        };
    }

    private static BigDecimal fee(Journeys.Opened opened) {
        return FormRules.fee(opened.form().definition(), opened.draft().answers())
                .setScale(2, RoundingMode.HALF_UP);
    }

    private String render(Journeys.Opened opened, @Nullable String outcome, @Nullable String error, Model model) {
        List<Payments.PaymentMethod> methods = payments.methods();
        model.addAttribute("form", opened.form().definition());
        model.addAttribute("base", opened.base());
        model.addAttribute("fee", AnswerDisplay.money(fee(opened)));
        model.addAttribute("methods", methods);
        model.addAttribute("failed", "fehlgeschlagen".equals(outcome));
        model.addAttribute("pending", "offen".equals(outcome));
        model.addAttribute("error", error);
        return "forms/journey/payment";
    }
}
