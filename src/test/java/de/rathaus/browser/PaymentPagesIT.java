package de.rathaus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import de.rathaus.IntegrationTest;
import de.rathaus.payment.Payment;
import de.rathaus.payment.PaymentRequest;
import de.rathaus.payment.PaymentStatus;
import de.rathaus.payment.Payments;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The payment pages in a real browser: axe finds nothing on the test cash desk (open and finished)
 * and on the admin's list of payments; paying there brings the citizen back to the return address.
 */
@IntegrationTest
class PaymentPagesIT {

    private static final String STAFF_PASSWORD = "Rathaus-Demo-2026";

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Autowired
    Payments payments;

    @Autowired
    Tenants tenants;

    @Test
    void axeFindsNoViolationOnTheTestCashDeskAndACitizenPaysThere() {
        Tenant musterstadt = tenants.bySlug("musterstadt").orElseThrow();
        String back = chromium.url(Town.MUSTERSTADT, "/leistungen");
        Payment payment = CurrentTenant.runAs(
                musterstadt,
                () -> payments.start(
                        "testkasse",
                        new PaymentRequest(
                                UUID.randomUUID().toString(),
                                new BigDecimal("30.00"),
                                "Anwohnerparkausweis",
                                "A-2026-7",
                                URI.create(back))));
        Page page = chromium.newPage();
        PageAudit audit = PageAudit.attach(page);
        List<Finding> findings = new ArrayList<>();
        String cashDesk = chromium.url(Town.MUSTERSTADT, payment.redirect().toString());

        page.navigate(cashDesk);
        findings.addAll(audit.check("test cash desk"));
        page.navigate(cashDesk + "?lang=en");
        findings.addAll(audit.check("test cash desk in English"));
        page.navigate(cashDesk + "?lang=de");
        assertThat(page.locator(".rh-payment-test-warning").innerText())
                .contains("Testkasse – hier wird kein echtes Geld bewegt");

        page.getByText("Zahlung ausführen").click();
        page.waitForURL(back);
        assertThat(CurrentTenant.runAs(musterstadt, () -> payments.verify(payment.id()))
                        .orElseThrow()
                        .status())
                .isEqualTo(PaymentStatus.PAYED);
        page.navigate(cashDesk);
        assertThat(page.locator("main").innerText()).contains("Die Zahlung wurde ausgeführt.");
        findings.addAll(audit.check("test cash desk, paid"));

        PageAudit.assertNone(findings);
    }

    @Test
    void axeFindsNoViolationOnTheAdminsListOfPayments() {
        Tenant musterstadt = tenants.bySlug("musterstadt").orElseThrow();
        CurrentTenant.runAs(
                musterstadt,
                () -> payments.start(
                        "rechnung",
                        new PaymentRequest(
                                UUID.randomUUID().toString(),
                                new BigDecimal("45.00"),
                                "Sperrmüll",
                                "S-2026-3",
                                URI.create("/konto"))));
        Page page = chromium.newPage();
        page.navigate(chromium.url(Town.MUSTERSTADT, "/anmelden"));
        PageAudit audit = PageAudit.attach(page);
        SignIn.signInAs(page, "admin@musterstadt.example", STAFF_PASSWORD);
        List<Finding> findings = new ArrayList<>();

        page.navigate(chromium.url(Town.MUSTERSTADT, "/verwaltung/zahlungen?anzeigen=offen"));
        assertThat(page.locator("table").innerText()).contains("Sperrmüll", "45,00 €");
        findings.addAll(audit.check("payments, open receivables"));
        page.locator("tr", new Page.LocatorOptions().setHasText("S-2026-3"))
                .getByText("Als bezahlt buchen")
                .click();
        assertThat(page.locator(".rh-notification").innerText()).contains("Zahlungseingang gebucht");
        findings.addAll(audit.check("payments after booking"));

        PageAudit.assertNone(findings);
    }
}
