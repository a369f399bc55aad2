package de.rathaus.forms.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import de.rathaus.forms.ApplicationSubmitted;
import de.rathaus.forms.SubmissionChannel;
import de.rathaus.forms.definition.Answers;
import de.rathaus.forms.library.FormLibrary;
import de.rathaus.forms.library.PublishedForm;
import de.rathaus.forms.submission.NewSubmission;
import de.rathaus.forms.submission.PaymentState;
import de.rathaus.forms.submission.Submissions;
import de.rathaus.identity.TestAccounts;
import de.rathaus.identity.account.Account;
import de.rathaus.platform.documents.PdfChecks;
import de.rathaus.platform.files.FileId;
import de.rathaus.platform.files.Files;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Receipts made from the submission event, stored once, downloaded only by the applicant. */
@IntegrationTest
class ReceiptsIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Submissions submissions;

    @Autowired
    FormLibrary library;

    @Autowired
    Receipts receipts;

    @Autowired
    ReceiptMaker maker;

    @Autowired
    ReceiptListener listener;

    @Autowired
    Files files;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void aReceiptWithEveryFieldTypeIsAnArchivableAccessibleGermanPdf() {
        byte[] pdf = inMusterstadt(() -> maker.render(ReceiptSamples.everyField(
                new PaymentState.Paid(new BigDecimal("37.00"), UUID.randomUUID(), "testkasse"))));

        PdfChecks.assertTaggedGermanDocument(pdf, "Eingangsbestätigung 2026-0042-1337-5: Straßenfest anmelden (Test)");
        PdfChecks.assertArchivableAndAccessible(pdf);
        assertThat(PdfChecks.subject(pdf))
                .isEqualTo("Eingangsbestätigung für Ihren Antrag „Straßenfest anmelden (Test)“ mit dem Aktenzeichen "
                        + "2026-0042-1337-5");
        assertThat(PdfChecks.text(pdf).replace('\u00a0', ' '))
                .contains("Musterstadt")
                .contains("Eingangsbestätigung")
                .contains("2026-0042-1337-5")
                .contains("Straßenfest anmelden (Test) (Version 3)")
                .contains("23.11.2026, 14:05 Uhr")
                .contains("Jürgen Größe")
                .contains("Äußere Weißenburger Straße 5")
                .contains("86150 Musterstadt")
                .contains("150,50 €")
                .contains("DE89 3704 0044 0532 0130 00")
                .contains("Klein (bis 100 Gäste)")
                .contains("Stromanschluss")
                .contains("Stände: Eintrag 2")
                .contains("flohmarkt.jpg")
                .contains("1,2 MB")
                .contains("37,00 €")
                .contains("bezahlt, Zahlungsart:")
                .contains("Das Ordnungsamt prüft Ihre Anmeldung.")
                .contains("Ich versichere, dass meine Angaben richtig und vollständig sind.");
    }

    @Test
    void anInvoicedFeeShowsItsKassenzeichen() {
        byte[] pdf = inMusterstadt(() -> maker.render(ReceiptSamples.everyField(
                new PaymentState.Invoiced(new BigDecimal("37.00"), UUID.randomUUID(), "KZ-2026-000042"))));

        assertThat(PdfChecks.text(pdf)).contains("offen: Sie erhalten eine Rechnung", "KZ-2026-000042");
    }

    @Test
    void theApplicantDownloadsTheReceiptMadeAfterTheSubmissionAndNobodyElse() {
        var accounts = new TestAccounts(context);
        Account applicant = accounts.citizen(accounts.musterstadt());
        Account neighbour = accounts.citizen(accounts.musterstadt());
        Submissions.Submitted submitted = submit("hund-anmelden", applicant.pseudonym());

        FileId receipt = awaitReceipt(submitted.id());

        String path = "/antrag/eingang/" + submitted.id() + "/quittung";
        HttpResponse<String> download = signedIn(applicant, "198.51.100.141").get(path);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition)
                        .startsWith("attachment")
                        .contains("Eingangsbestaetigung-" + submitted.reference() + ".pdf"));
        assertThat(download.body()).startsWith("%PDF-");
        assertThat(inMusterstadt(() -> files.metadata(receipt)).orElseThrow().mediaType())
                .isEqualTo("application/pdf");

        assertThat(signedIn(neighbour, "198.51.100.142").get(path).statusCode()).isEqualTo(404);
        assertThat(anonymous().get(path).statusCode()).isEqualTo(404);
        assertThat(anonymous().get(path + "?zugang=" + submitted.accessToken()).statusCode())
                .as("the token opens the receipt for the applicant's other devices too")
                .isEqualTo(200);
        assertThat(anonymous()
                        .get("/antrag/eingang/" + UUID.randomUUID() + "/quittung")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aGuestDownloadsWithTheAccessTokenOnly() {
        Submissions.Submitted submitted = submit("fundsache-melden", null);
        awaitReceipt(submitted.id());
        Submissions.Submitted other = submit("fundsache-melden", null);
        String path = "/antrag/eingang/" + submitted.id() + "/quittung";

        assertThat(anonymous().get(path + "?zugang=" + submitted.accessToken()).statusCode())
                .isEqualTo(200);
        assertThat(anonymous().get(path + "?zugang=" + other.accessToken()).statusCode())
                .isEqualTo(404);
        assertThat(anonymous().get(path + "?zugang=falsch").statusCode()).isEqualTo(404);
        assertThat(anonymous().get(path).statusCode()).isEqualTo(404);
        assertThat(new Visitor(port, "musterdorf.localhost")
                        .withHeader("X-Forwarded-For", "198.51.100.143")
                        .get(path + "?zugang=" + submitted.accessToken())
                        .statusCode())
                .as("another town knows nothing of it")
                .isEqualTo(404);
    }

    @Test
    void aRetriedEventMakesNoSecondReceipt() {
        Submissions.Submitted submitted = submit("fundsache-melden", null);
        FileId first = awaitReceipt(submitted.id());

        // the listener itself, not its asynchronous proxy: the redeliveries are over when it returns
        ReceiptListener redelivery = AopTestUtils.getUltimateTargetObject(listener);
        redelivery.on(event(submitted));
        redelivery.on(event(submitted));

        assertThat(receiptRows(submitted.id())).isEqualTo(1);
        assertThat(inMusterstadt(() -> receipts.of(submitted.id()))).hasValue(first);
        assertThat(inMusterstadt(() -> maker.make(submitted.id()))).hasValue(first);
    }

    @Test
    void twoDeliveriesAtOnceRecordOneReceipt() throws Exception {
        Submissions.Submitted submitted = submit("fundsache-melden", null);
        awaitReceipt(submitted.id());
        jdbc.sql("delete from forms.receipt where submission_id = ?")
                .param(submitted.id())
                .update();
        var start = new CountDownLatch(1);
        Callable<Optional<FileId>> delivery = () -> {
            start.await();
            return inMusterstadt(() -> maker.make(submitted.id()));
        };
        try (var threads = Executors.newFixedThreadPool(2)) {
            Future<Optional<FileId>> one = threads.submit(delivery);
            Future<Optional<FileId>> two = threads.submit(delivery);
            start.countDown();

            assertThat(one.get()).isPresent().isEqualTo(two.get());
        }
        assertThat(receiptRows(submitted.id())).isEqualTo(1);
    }

    @Test
    void whileTheReceiptIsBeingMadeTheApplicantIsAskedToReload() {
        Submissions.Submitted submitted = submit("fundsache-melden", null);
        awaitReceipt(submitted.id());
        // as if the event had not been handled yet
        jdbc.sql("delete from forms.receipt where submission_id = ?")
                .param(submitted.id())
                .update();
        String path = "/antrag/eingang/" + submitted.id() + "/quittung?zugang=" + submitted.accessToken();

        HttpResponse<String> page = anonymous().get(path);

        assertThat(page.statusCode()).isEqualTo(202);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(page.body())
                .contains("Ihre Eingangsbestätigung wird gerade erstellt")
                .contains(submitted.reference())
                .contains("href=\"" + path + "\"");
    }

    private Submissions.Submitted submit(String formKey, @Nullable UUID applicant) {
        return inMusterstadt(() -> {
            PublishedForm form = library.published(formKey).orElseThrow();
            var answers = Answers.of((ObjectNode) json.readTree(resource("/forms/answers/" + formKey + ".json")));
            return submissions.submit(new NewSubmission(
                    UUID.randomUUID().toString(), form, answers, applicant, null, new PaymentState.NoFee()));
        });
    }

    private FileId awaitReceipt(UUID submissionId) {
        return await().dontCatchUncaughtExceptions()
                .atMost(Duration.ofSeconds(60))
                .until(() -> inMusterstadt(() -> receipts.of(submissionId)), Optional::isPresent)
                .orElseThrow();
    }

    private ApplicationSubmitted event(Submissions.Submitted submitted) {
        return inMusterstadt(() -> {
            var view = submissions.find(submitted.id()).orElseThrow();
            return new ApplicationSubmitted(
                    CurrentTenant.id(),
                    view.id(),
                    view.reference(),
                    view.form().id(),
                    view.form().version(),
                    view.form().serviceId(),
                    view.applicant(),
                    SubmissionChannel.ONLINE,
                    Instant.now());
        });
    }

    private long receiptRows(UUID submissionId) {
        return jdbc.sql("select count(*) from forms.receipt where submission_id = ?")
                .param(submissionId)
                .query(Long.class)
                .single();
    }

    private Visitor signedIn(Account account, String address) {
        Visitor visitor = new Visitor(port, "localhost").withHeader("X-Forwarded-For", address);
        assertThat(visitor.signIn(account.email(), TestAccounts.PASSWORD).statusCode())
                .isEqualTo(302);
        return visitor;
    }

    private Visitor anonymous() {
        return new Visitor(port, "localhost").withHeader("X-Forwarded-For", "198.51.100.140");
    }

    private <T> T inMusterstadt(Supplier<T> work) {
        Tenant musterstadt = new TestAccounts(context).musterstadt();
        return CurrentTenant.runAs(musterstadt, work);
    }

    private static String resource(String path) {
        try (InputStream in = ReceiptsIT.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
