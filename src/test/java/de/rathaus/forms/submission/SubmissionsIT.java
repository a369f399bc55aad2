package de.rathaus.forms.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.rathaus.IntegrationTest;
import de.rathaus.catalog.ServiceId;
import de.rathaus.forms.FormId;
import de.rathaus.forms.definition.Answers;
import de.rathaus.forms.definition.FormJson;
import de.rathaus.forms.library.PublishedForm;
import de.rathaus.identity.Mailbox;
import de.rathaus.identity.TestAccounts;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Storing submissions: once per key, with a unique reference, one event after commit, one e-mail. */
@IntegrationTest
class SubmissionsIT {

    @RegisterExtension
    static final Mailbox mailbox = new Mailbox();

    @Autowired
    Submissions submissions;

    @Autowired
    SubmissionAccess access;

    @Autowired
    SubmittedEvents events;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FormJson formJson;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void sameKeyTwiceStoresOneSubmissionWithOneEventAndOneMail() {
        String email = TestAccounts.freshEmail("finderin");
        String key = UUID.randomUUID().toString();

        Submissions.Submitted first = inMusterstadt(() -> submissions.submit(guest(key, email, "Ein Schlüsselbund")));
        Submissions.Submitted again = inMusterstadt(() -> submissions.submit(guest(key, email, "Ein Schlüsselbund")));

        assertThat(first.duplicate()).isFalse();
        assertThat(again.duplicate()).isTrue();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.reference()).isEqualTo(first.reference());
        assertThat(again.accessToken()).isEqualTo(first.accessToken());
        assertThat(rowsWithKey(key)).isEqualTo(1);
        await().dontCatchUncaughtExceptions().until(() -> events.of(first.id()).size() == 1);
        assertThat(mailbox.first(email).text()).contains(first.reference());
        assertThat(mailbox.to(email)).hasSize(1);
        assertThat(outboxRowsTo(email)).isEqualTo(1);
    }

    @Test
    void simultaneousSubmitsWithOneKeyStoreOne() throws Exception {
        String key = UUID.randomUUID().toString();
        String email = TestAccounts.freshEmail("doppelklick");
        CountDownLatch start = new CountDownLatch(1);
        Callable<Submissions.Submitted> click = () -> {
            start.await();
            return inMusterstadt(() -> submissions.submit(guest(key, email, "Ein Regenschirm")));
        };
        try (var threads = Executors.newFixedThreadPool(2)) {
            Future<Submissions.Submitted> one = threads.submit(click);
            Future<Submissions.Submitted> two = threads.submit(click);
            start.countDown();

            assertThat(one.get().id()).isEqualTo(two.get().id());
            assertThat(List.of(one.get().duplicate(), two.get().duplicate())).containsExactlyInAnyOrder(true, false);
        }
        assertThat(rowsWithKey(key)).isEqualTo(1);
        assertThat(outboxRowsTo(email)).isEqualTo(1);
    }

    @Test
    void referenceNumbersAreUniqueWithYearAndCheckDigit() {
        Set<String> references = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            references.add(inMusterstadt(
                            () -> submissions.submit(guest(UUID.randomUUID().toString(), null, "Brille")))
                    .reference());
        }

        assertThat(references).hasSize(40).allSatisfy(reference -> {
            assertThat(reference).matches("20\\d\\d-\\d{4}-\\d{4}-\\d");
            String digits = reference.substring(5, 9) + reference.substring(10, 14);
            assertThat(ReferenceNumbers.checkDigit(digits)).isEqualTo(reference.charAt(15) - '0');
        });
    }

    @Test
    void theEventComesAfterTheCommitWithWhatTheBackOfficeNeeds() {
        UUID applicant = UUID.randomUUID();
        Submissions.Submitted submitted = inMusterstadt(() -> submissions.submit(new NewSubmission(
                UUID.randomUUID().toString(),
                FORM,
                answers("Ein Fahrrad"),
                applicant,
                null,
                new PaymentState.Invoiced(new BigDecimal("30.60"), UUID.randomUUID(), "KZ-4711"))));

        await().dontCatchUncaughtExceptions()
                .until(() -> events.of(submitted.id()).size() == 1);
        SubmittedEvents.Seen seen = events.of(submitted.id()).getFirst();
        assertThat(seen.committed()).isTrue();
        assertThat(seen.event().reference()).isEqualTo(submitted.reference());
        assertThat(seen.event().formId()).isEqualTo(FORM.id());
        assertThat(seen.event().formVersion()).isEqualTo(1);
        assertThat(seen.event().serviceId()).isEqualTo(FORM.serviceId());
        assertThat(seen.event().applicant()).isEqualTo(applicant);
        assertThat(seen.event().tenantId()).isEqualTo(musterstadt().id());
    }

    @Test
    void aRolledBackSubmissionLeavesNoRowNoEventAndNoMail() {
        String key = UUID.randomUUID().toString();
        String email = TestAccounts.freshEmail("abbruch");
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        Submissions.Submitted submitted = inMusterstadt(() -> transaction.execute(status -> {
            Submissions.Submitted inside = submissions.submit(guest(key, email, "Ein Handschuh"));
            status.setRollbackOnly();
            return inside;
        }));

        assertThat(rowsWithKey(key)).isZero();
        assertThat(outboxRowsTo(email)).isZero();
        assertThat(events.of(submitted.id())).isEmpty();
    }

    @Test
    void theGuestsMailNamesFormAndReferenceAndLinksTheReceiptButHoldsNoAnswers() {
        String email = TestAccounts.freshEmail("gast");

        Submissions.Submitted submitted = inMusterstadt(
                () -> submissions.submit(guest(UUID.randomUUID().toString(), email, "Geheimes Tagebuch")));

        Mailbox.Mail mail = mailbox.first(email);
        assertThat(mail.subject()).isEqualTo("Musterstadt: Ihr Antrag „Fundsache melden (Test)“ ist eingegangen");
        assertThat(mail.text())
                .contains("Ihr Antrag „Fundsache melden (Test)“ ist bei Musterstadt eingegangen")
                .contains(submitted.reference())
                .doesNotContain("Geheimes Tagebuch");
        assertThat(mail.link("/antrag/eingang/"))
                .isEqualTo("/antrag/eingang/" + submitted.id() + "/quittung?zugang=" + submitted.accessToken());
    }

    @Test
    void anAccessTokenOpensOnlyItsOwnSubmissionInItsOwnTown() {
        Submissions.Submitted one =
                inMusterstadt(() -> submissions.submit(guest(UUID.randomUUID().toString(), null, "Eine Mütze")));
        Submissions.Submitted other =
                inMusterstadt(() -> submissions.submit(guest(UUID.randomUUID().toString(), null, "Ein Schal")));

        assertThat(inMusterstadt(() -> submissions.verifyAccess(one.id(), one.accessToken())))
                .isTrue();
        assertThat(inMusterstadt(() -> submissions.verifyAccess(one.id(), other.accessToken())))
                .isFalse();
        assertThat(inMusterstadt(() -> submissions.verifyAccess(one.id(), one.accessToken() + "x")))
                .isFalse();
        assertThat(inMusterstadt(() -> submissions.verifyAccess(one.id(), ""))).isFalse();
        Tenant musterdorf = tenants.bySlug("musterdorf").orElseThrow();
        assertThat(CurrentTenant.runAs(musterdorf, () -> submissions.verifyAccess(one.id(), one.accessToken())))
                .isFalse();
        // the token comes from the town's stored key, not from this node's memory
        assertThat(inMusterstadt(() -> access.tokenFor(one.id()))).isEqualTo(one.accessToken());
        assertThat(CurrentTenant.runAs(musterdorf, () -> access.tokenFor(one.id())))
                .isNotEqualTo(one.accessToken());
    }

    @Test
    void filesNamedInTheAnswersAreRecordedAsAttachments() {
        UUID file = UUID.randomUUID();
        ObjectNode answers = answers("Ein Schlüssel").toJson();
        ObjectNode photo = answers.putObject("foto");
        photo.put("file", file.toString());
        photo.put("name", "schluessel.png");
        photo.put("size", 1234);
        photo.put("type", "image/png");

        Submissions.Submitted submitted = inMusterstadt(() -> submissions.submit(new NewSubmission(
                UUID.randomUUID().toString(), FORM, Answers.of(answers), null, null, new PaymentState.NoFee())));

        assertThat(inMusterstadt(() -> submissions.attachments(submitted.id())))
                .extracting(Attachment::path, attachment -> attachment.file().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/foto", file));
    }

    private static final PublishedForm FORM = new PublishedForm(
            new FormId(UUID.randomUUID()),
            1,
            new ServiceId(UUID.randomUUID()),
            new FormJson().read(resource("/forms/submission/fundsache-test.json")),
            Instant.parse("2026-11-01T08:00:00Z"));

    private static NewSubmission guest(String key, @Nullable String email, String what) {
        return new NewSubmission(key, FORM, answers(what), null, email, new PaymentState.NoFee());
    }

    private static Answers answers(String what) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("was", what);
        return Answers.of(json);
    }

    private long rowsWithKey(String key) {
        return jdbc.sql("select count(*) from forms.submission where tenant_id = ? and idempotency_key = ?")
                .params(musterstadt().id().value(), key)
                .query(Long.class)
                .single();
    }

    private long outboxRowsTo(String email) {
        return jdbc.sql("select count(*) from platform.mail_outbox where recipient = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    private Tenant musterstadt() {
        return tenants.bySlug("musterstadt").orElseThrow();
    }

    private <T> T inMusterstadt(java.util.function.Supplier<T> work) {
        return CurrentTenant.runAs(musterstadt(), work);
    }

    private static String resource(String path) {
        try (InputStream in = SubmissionsIT.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
