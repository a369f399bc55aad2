package de.rathaus.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.rathaus.IntegrationTest;
import de.rathaus.TestTenants;
import de.rathaus.Visitor;
import de.rathaus.identity.Role;
import de.rathaus.identity.RoleGrant;
import de.rathaus.identity.TestAccounts;
import de.rathaus.identity.account.Account;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Offices;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Payments through the test cash desk and by invoice, as a caller and as the town's admin. */
@IntegrationTest
@RecordApplicationEvents
class PaymentsIT {

    static final String RETURN = "http://localhost/antrag/anwohnerparken/zahlung";

    @LocalServerPort
    int port;

    @Autowired
    Payments payments;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEvents events;

    Tenant musterstadt;
    Tenant musterdorf;

    @BeforeEach
    void towns() {
        musterstadt = tenants.bySlug("musterstadt").orElseThrow();
        musterdorf = tenants.bySlug("musterdorf").orElseThrow();
    }

    @Test
    void theDemoTownOffersTheTestCashDeskAndInvoices() {
        var methods = CurrentTenant.runAs(musterstadt, () -> payments.methods());

        assertThat(methods)
                .containsExactly(
                        new Payments.PaymentMethod("testkasse", "payment.method.testkasse", false),
                        new Payments.PaymentMethod("rechnung", "payment.method.rechnung", true));
    }

    @Test
    void aPaymentOnTheTestCashDeskIsPaidOnlyOnceTheServerHasVerifiedIt() {
        Payment started = start(musterstadt, "testkasse", request("30.00"));
        assertThat(started.status()).isEqualTo(PaymentStatus.INITIAL);
        assertThat(started.redirect()).hasToString("/zahlung/testkasse/" + providerTxId(started));
        assertThat(started.kassenzeichen()).isNull();

        Visitor citizen = new Visitor(port, "localhost");
        HttpResponse<String> page = citizen.get(started.redirect().toString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Testkasse – hier wird kein echtes Geld bewegt", "Anwohnerparkausweis", "30,00 €");
        assertThat(verify(musterstadt, started).status()).isEqualTo(PaymentStatus.INITIAL);

        HttpResponse<String> paid = citizen.post(started.redirect().toString(), Map.of("ergebnis", "bezahlen"));
        assertThat(paid.statusCode()).isEqualTo(302);
        assertThat(paid.headers().firstValue("Location")).hasValue(RETURN);

        Payment verified = verify(musterstadt, started);
        assertThat(verified.status()).isEqualTo(PaymentStatus.PAYED);
        assertThat(verified.redirect()).isNull();
        assertThat(verify(musterstadt, started)).isEqualTo(verified);
        assertThat(events.stream(PaymentSettled.class).filter(e -> e.paymentId().equals(started.id())))
                .containsExactly(new PaymentSettled(
                        musterstadt.id(),
                        started.id(),
                        started.requestId(),
                        "A-2026-1",
                        "testkasse",
                        PaymentStatus.PAYED));
        assertThat(recordedAsPaid(started)).isTrue();
    }

    @Test
    void aFailedOrCancelledPaymentStaysSoWhateverIsChosenAfterwards() {
        Payment failing = start(musterstadt, "testkasse", request("30.00"));
        Payment cancelled = start(musterstadt, "testkasse", request("30.00"));
        Visitor citizen = new Visitor(port, "localhost");
        citizen.get(failing.redirect().toString());

        citizen.post(failing.redirect().toString(), Map.of("ergebnis", "fehlschlagen"));
        citizen.post(cancelled.redirect().toString(), Map.of("ergebnis", "abbrechen"));
        assertThat(verify(musterstadt, failing).status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(verify(musterstadt, cancelled).status()).isEqualTo(PaymentStatus.CANCELED);

        HttpResponse<String> again = citizen.post(failing.redirect().toString(), Map.of("ergebnis", "bezahlen"));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(citizen.get(failing.redirect().toString()).body())
                .contains("Die Zahlung ist fehlgeschlagen.")
                .doesNotContain("Zahlung ausführen");
        assertThat(verify(musterstadt, failing).status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(recordedAsPaid(failing)).isFalse();
    }

    @Test
    void theSameRequestIdStartsOneTransaction() {
        PaymentRequest request = request("12.50");
        Payment first = start(musterstadt, "testkasse", request);
        Payment second = start(musterstadt, "testkasse", request);

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from payment.transaction where tenant_id = ? and request_id = ?")
                        .params(musterstadt.id().value(), request.requestId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from payment.testkasse_session where tenant_id = ? and id = ?")
                        .params(musterstadt.id().value(), UUID.fromString(providerTxId(first)))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThatThrownBy(() ->
                        start(musterstadt, "testkasse", request(request.requestId(), "99.00", "Anwohnerparkausweis")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already used");
    }

    @Test
    void anotherTownCanNeitherOpenNorVerifyTheTransaction() {
        Payment started = start(musterstadt, "testkasse", request("30.00"));
        Visitor elsewhere = new Visitor(port, "musterdorf.localhost");
        elsewhere.get("/anmelden");

        assertThat(elsewhere.get(started.redirect().toString()).statusCode()).isEqualTo(404);
        assertThat(elsewhere
                        .post(started.redirect().toString(), Map.of("ergebnis", "bezahlen"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(CurrentTenant.runAs(musterdorf, () -> payments.verify(started.id())))
                .isEmpty();
        assertThat(verify(musterstadt, started).status()).isEqualTo(PaymentStatus.INITIAL);
    }

    @Test
    void anUnknownTestCashDeskPageOrChoiceIsRefused() {
        Payment started = start(musterstadt, "testkasse", request("30.00"));
        Visitor citizen = new Visitor(port, "localhost");
        citizen.get(started.redirect().toString());

        assertThat(citizen.get("/zahlung/testkasse/" + UUID.randomUUID()).statusCode())
                .isEqualTo(404);
        assertThat(citizen.get("/zahlung/testkasse/kein-zeichen").statusCode()).isEqualTo(404);
        assertThat(citizen.post(started.redirect().toString(), Map.of("ergebnis", "verschenken"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(citizen.postRaw(started.redirect().toString(), Map.of("ergebnis", "bezahlen"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(verify(musterstadt, started).status()).isEqualTo(PaymentStatus.INITIAL);
    }

    @Test
    void anInvoiceGetsTheNextKassenzeichenOfItsTownAndStaysOpen() {
        Tenant town = TestTenants.fresh(tenants);
        Tenant other = TestTenants.fresh(tenants);
        String year = String.valueOf(LocalDate.now(ZoneId.of("Europe/Berlin")).getYear());

        Payment first = start(town, "rechnung", request("37.00"));
        Payment second = start(town, "rechnung", request("12.00"));
        Payment elsewhere = start(other, "rechnung", request("12.00"));

        assertThat(first.status()).isEqualTo(PaymentStatus.INITIAL);
        assertThat(first.redirect()).isNull();
        assertThat(first.kassenzeichen()).matches("\\d{12}").startsWith(year + "0000001");
        assertThat(second.kassenzeichen()).startsWith(year + "0000002");
        assertThat(elsewhere.kassenzeichen()).isEqualTo(first.kassenzeichen());
        assertThat(start(
                                town,
                                "rechnung",
                                new PaymentRequest(
                                        first.requestId(), first.amount(), first.purpose(), "", URI.create(RETURN)))
                        .kassenzeichen())
                .isEqualTo(first.kassenzeichen());
        assertThat(verify(town, first).status()).isEqualTo(PaymentStatus.INITIAL);
    }

    @Test
    void badPaymentsAreRefusedAndNothingIsStored() {
        String id = "bad-" + UUID.randomUUID();
        for (String amount : new String[] {"0", "0.00", "-5.00", "1.234", "10000000000.00"}) {
            assertThatThrownBy(() -> start(musterstadt, "rechnung", request(id, amount, "Gebühr")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("amount");
        }
        assertThatThrownBy(() -> start(musterstadt, "rechnung", request(id, "1.00", "x".repeat(141))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("140");
        assertThatThrownBy(() -> start(musterstadt, "rechnung", request(id, "1.00", " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("purpose");
        assertThatThrownBy(() -> start(musterstadt, "bitcoin", request(id, "1.00", "Gebühr")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bitcoin");
        assertThatThrownBy(() -> start(
                        musterstadt,
                        "testkasse",
                        new PaymentRequest(id, new BigDecimal("1.00"), "Gebühr", "", URI.create("//evil.example/"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("return address");
        assertThat(jdbc.sql("select count(*) from payment.transaction where request_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(start(musterstadt, "rechnung", request(id, "1.000", "Gebühr"))
                        .amount())
                .isEqualByComparingTo("1.00");
    }

    @Test
    void theAdminExportsReceivablesAndBooksOneAsPaid() {
        TestAccounts accounts = new TestAccounts(context);
        Tenant town = TestTenants.fresh(tenants);
        Payment open = start(town, "rechnung", request("nr-1", "1234.50", "Hundesteuer; 2027"));
        Payment hostile = start(town, "rechnung", request("nr-2", "20.00", "=HYPERLINK(\"http://x\")"));
        Payment online = start(town, "testkasse", request("nr-3", "5.00", "Meldebescheinigung"));
        Account admin = accounts.demoStaff(town, new RoleGrant(Role.TENANT_ADMIN, null));

        Visitor visitor = new Visitor(port, town.slug() + ".localhost");
        assertThat(visitor.signIn(admin.email(), TestAccounts.PASSWORD).statusCode())
                .isEqualTo(302);
        assertThat(visitor.get("/verwaltung").body()).contains("/verwaltung/zahlungen");
        HttpResponse<String> list = visitor.get("/verwaltung/zahlungen?anzeigen=offen");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body())
                .contains(open.kassenzeichen(), hostile.kassenzeichen(), "1.234,50 €")
                .doesNotContain("Meldebescheinigung");

        HttpResponse<String> csv = visitor.get("/verwaltung/zahlungen/forderungen.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("text/csv").containsIgnoringCase("charset=UTF-8"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment", "forderungen-"));
        String today = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
                .format(LocalDate.now(ZoneId.of("Europe/Berlin")));
        assertThat(csv.body().split("\r\n")).hasSize(3).satisfies(lines -> {
            assertThat(lines[0]).isEqualTo("\uFEFFKassenzeichen;Betrag;Verwendungszweck;Referenz;angelegt am;Status");
            assertThat(lines[1])
                    .startsWith(open.kassenzeichen() + ";1234,50;\"Hundesteuer; 2027\";A-2026-1;" + today)
                    .endsWith(";offen");
            assertThat(lines[2]).startsWith(hostile.kassenzeichen() + ";20,00;\"'=HYPERLINK(\"\"http://x\"\")\";");
        });

        visitor.get("/verwaltung/zahlungen?anzeigen=offen");
        HttpResponse<String> booked = visitor.post("/verwaltung/zahlungen/" + open.id() + "/bezahlt", Map.of());
        assertThat(booked.statusCode()).isEqualTo(302);
        assertThat(visitor.get(Visitor.location(booked)).body())
                .contains("Zahlungseingang gebucht", open.kassenzeichen())
                .doesNotContain(">" + open.kassenzeichen() + "<");
        assertThat(verify(town, open).status()).isEqualTo(PaymentStatus.PAYED);
        assertThat(visitor.get("/verwaltung/zahlungen/forderungen.csv?anzeigen=offen")
                        .body())
                .doesNotContain(open.kassenzeichen())
                .contains(hostile.kassenzeichen());
        assertThat(visitor.post("/verwaltung/zahlungen/" + online.id() + "/bezahlt", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(verify(town, online).status()).isEqualTo(PaymentStatus.INITIAL);

        assertThat(jdbc.sql("""
                        select action from platform.audit_entry
                         where tenant_id = ? and action like 'payment.%' order by seq
                        """).param(town.id().value()).query(String.class).list())
                .containsExactly(
                        "payment.receivables.exported", "payment.receivable.booked", "payment.receivables.exported");
    }

    @Test
    void onlyTheAdminSeesPaymentsAndReceivables() {
        TestAccounts accounts = new TestAccounts(context);
        Tenant town = TestTenants.fresh(tenants);
        Payment open = start(town, "rechnung", request("30.00"));
        UUID office = CurrentTenant.runAs(
                town,
                () -> context.getBean(Offices.class)
                        .save("buergerbuero", "Bürgerbüro", null, null)
                        .id());
        Account clerk = accounts.demoStaff(town, new RoleGrant(Role.CLERK, office), new RoleGrant(Role.EDITOR, null));

        Visitor visitor = new Visitor(port, town.slug() + ".localhost");
        assertThat(visitor.get("/verwaltung/zahlungen/forderungen.csv").statusCode())
                .isIn(302, 401, 403);
        assertThat(visitor.signIn(clerk.email(), TestAccounts.PASSWORD).statusCode())
                .isEqualTo(302);
        assertThat(visitor.get("/verwaltung/zahlungen").statusCode()).isEqualTo(403);
        assertThat(visitor.get("/verwaltung/zahlungen/forderungen.csv").statusCode())
                .isEqualTo(403);
        visitor.get("/verwaltung");
        assertThat(visitor.post("/verwaltung/zahlungen/" + open.id() + "/bezahlt", Map.of())
                        .statusCode())
                .isEqualTo(403);
        assertThat(verify(town, open).status()).isEqualTo(PaymentStatus.INITIAL);
    }

    private Payment start(Tenant town, String provider, PaymentRequest request) {
        return CurrentTenant.runAs(town, () -> payments.start(provider, request));
    }

    private Payment verify(Tenant town, Payment payment) {
        return CurrentTenant.runAs(town, () -> payments.verify(payment.id())).orElseThrow();
    }

    private String providerTxId(Payment payment) {
        return jdbc.sql("select provider_tx_id from payment.transaction where id = ?")
                .param(payment.id())
                .query(String.class)
                .single();
    }

    private boolean recordedAsPaid(Payment payment) {
        return jdbc.sql("select paid_at is not null from payment.transaction where id = ?")
                .param(payment.id())
                .query(Boolean.class)
                .single();
    }

    static PaymentRequest request(String amount) {
        return request(UUID.randomUUID().toString(), amount, "Anwohnerparkausweis");
    }

    static PaymentRequest request(String requestId, String amount, String purpose) {
        return new PaymentRequest(requestId, new BigDecimal(amount), purpose, "A-2026-1", URI.create(RETURN));
    }
}
