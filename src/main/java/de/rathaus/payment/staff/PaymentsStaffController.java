package de.rathaus.payment.staff;

import de.rathaus.payment.PaymentStatus;
import de.rathaus.payment.invoice.Receivables;
import de.rathaus.payment.ledger.Euros;
import de.rathaus.payment.ledger.Transaction;
import de.rathaus.payment.ledger.Transactions;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The town admin's list of payments, booking receivables and exporting them (TENANT_ADMIN only). */
@Controller
@RequestMapping("/verwaltung/zahlungen")
class PaymentsStaffController {

    static final int PAGE_SIZE = 50;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final Transactions transactions;
    private final Receivables receivables;

    PaymentsStaffController(Transactions transactions, Receivables receivables) {
        this.transactions = transactions;
        this.receivables = receivables;
    }

    @ModelAttribute("staffArea")
    boolean staffArea() {
        return true;
    }

    @GetMapping
    String list(
            @RequestParam(name = "anzeigen", defaultValue = "alle") String show,
            @RequestParam(name = "seite", defaultValue = "1") String pageParam,
            Model model,
            Locale locale) {
        boolean openOnly = "offen".equals(show);
        int page = page(pageParam);
        List<Transaction> found = transactions.list(
                openOnly ? Receivables.PROVIDER : null,
                openOnly ? PaymentStatus.INITIAL : null,
                (page - 1) * PAGE_SIZE,
                PAGE_SIZE + 1);
        model.addAttribute("openOnly", openOnly);
        model.addAttribute("page", page);
        model.addAttribute("hasNext", found.size() > PAGE_SIZE);
        model.addAttribute(
                "payments",
                found.stream().limit(PAGE_SIZE).map(t -> row(t, locale)).toList());
        return "payment/staff/payments";
    }

    @PostMapping("/{id}/bezahlt")
    String book(@PathVariable String id, RedirectAttributes redirect) {
        Transaction booked =
                receivables.book(parse(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        redirect.addFlashAttribute("booked", booked.kassenzeichen());
        return "redirect:/verwaltung/zahlungen?anzeigen=offen";
    }

    @GetMapping("/forderungen.csv")
    ResponseEntity<byte[]> export(@RequestParam(name = "anzeigen", defaultValue = "alle") String show) {
        String csv = ReceivablesCsv.write(receivables.export("offen".equals(show)));
        String name = "forderungen-" + LocalDate.now(BERLIN) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static PaymentRow row(Transaction t, Locale locale) {
        DateTimeFormatter created = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(BERLIN);
        return new PaymentRow(
                t.id(),
                created.format(t.createdAt()),
                t.purpose(),
                t.reference(),
                Euros.format(t.amount(), locale),
                t.provider(),
                t.kassenzeichen(),
                t.status(),
                t.provider().equals(Receivables.PROVIDER) && !t.isFinal());
    }

    private static int page(String value) {
        try {
            int page = Integer.parseInt(value);
            if (page >= 1 && page <= 100_000) {
                return page;
            }
        } catch (NumberFormatException notANumber) {
            // answered below like any other page that does not exist
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
