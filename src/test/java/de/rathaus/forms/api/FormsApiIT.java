package de.rathaus.forms.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import de.rathaus.forms.submission.PaymentState;
import de.rathaus.forms.submission.SubmissionView;
import de.rathaus.forms.submission.Submissions;
import de.rathaus.identity.TestAccounts;
import de.rathaus.identity.account.Account;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The forms API end to end: listing, definitions, and sending applications as guest or citizen. */
@IntegrationTest
class FormsApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Submissions submissions;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcClient jdbc;

    @Value("${rathaus.forms.api.guest-limit.permits:10}")
    int guestPermits;

    @Test
    void listsThePublishedFormsWithTrustLevelAndFee() {
        HttpResponse<String> response = new Api(port, "localhost").get("/api/v1/forms");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode forms = Api.json(response);
        assertThat(forms.findValuesAsString("key"))
                .contains("fundsache-melden", "hund-anmelden", "anwohnerparkausweis", "meldebescheinigung");
        JsonNode parking = form(forms, "anwohnerparkausweis");
        assertThat(parking.path("trustLevel").asString()).isEqualTo("BASIC");
        assertThat(parking.path("fee").path("base").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(parking.path("url").asString()).endsWith("/antrag/anwohnerparkausweis");
        assertThat(form(forms, "fundsache-melden").path("trustLevel").asString())
                .isEqualTo("ANONYMOUS");
        assertThat(form(forms, "fundsache-melden").has("fee")).isFalse();
    }

    @Test
    void servesTheDefinitionOfAPublishedForm() {
        Api api = new Api(port, "localhost");
        String id = api.formId("hund-anmelden");

        HttpResponse<String> response = api.get("/api/v1/forms/" + id);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode form = Api.json(response);
        assertThat(form.path("id").asString()).isEqualTo(id);
        assertThat(form.path("version").asInt()).isPositive();
        assertThat(form.path("definition").path("format").asString()).isEqualTo("rathaus-form/1");
        assertThat(form.path("definition").path("key").asString()).isEqualTo("hund-anmelden");
        assertThat(api.get("/api/v1/forms/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/forms/kein-uuid").statusCode()).isEqualTo(400);
    }

    @Test
    void aFormOfOneTownIsNotFoundThroughAnotherTownsHost() {
        String id = new Api(port, "localhost").formId("fundsache-melden");
        Api musterdorf = new Api(port, "musterdorf.localhost").withHeader("X-Forwarded-For", "10.9.9.9");

        HttpResponse<String> definition = musterdorf.get("/api/v1/forms/" + id);
        HttpResponse<String> submit = musterdorf.submit(id, Api.foundItem(), Map.of());

        assertThat(definition.statusCode()).isEqualTo(404);
        assertThat(definition.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(submit.statusCode()).isEqualTo(404);
        assertThat(Api.json(musterdorf.get("/api/v1/forms")).findValuesAsString("id"))
                .doesNotContain(id);
    }

    @Test
    void aGuestSendsAnAnonymousFormWithAProofOfWorkAndARetryGivesTheSameApplication() {
        Api guest = Api.guest(port);
        String id = guest.formId("fundsache-melden");
        ObjectNode body = Api.foundItem();
        byte[] bytes = Api.JSON.writeValueAsBytes(body);
        Map<String, String> headers =
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), "X-Proof-Of-Work", guest.solvedProofOfWork());

        HttpResponse<String> created =
                guest.post("/api/v1/forms/" + id + "/submissions", "application/json", bytes, headers);
        HttpResponse<String> retried =
                guest.post("/api/v1/forms/" + id + "/submissions", "application/json", bytes, headers);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode result = Api.json(created);
        UUID submission = UUID.fromString(result.path("id").asString());
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(location ->
                        assertThat(location).endsWith("/api/v1/forms/" + id + "/submissions/" + submission));
        assertThat(result.path("reference").asString()).matches("20\\d\\d-\\d{4}-\\d{4}-\\d");
        assertThat(result.path("formId").asString()).isEqualTo(id);
        assertThat(result.path("payment").path("state").asString()).isEqualTo("NO_FEE");
        String token = result.path("accessToken").asString();
        assertThat(result.path("receiptUrl").asString())
                .endsWith("/antrag/eingang/" + submission + "/quittung?zugang=" + token);

        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(Api.json(retried).path("reference").asString())
                .isEqualTo(result.path("reference").asString());
        assertThat(rowsOfForm(id, submission)).isEqualTo(1);

        HttpResponse<String> read =
                guest.withHeader("X-Access-Token", token).get("/api/v1/forms/" + id + "/submissions/" + submission);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(Api.guest(port)
                        .get("/api/v1/forms/" + id + "/submissions/" + submission)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aGuestWithoutOrWithAForgedOrUsedProofOfWorkIsRefused() {
        Api guest = Api.guest(port);
        String id = guest.formId("fundsache-melden");
        String used = guest.solvedProofOfWork();
        assertThat(guest.submit(id, Api.foundItem(), Map.of("X-Proof-Of-Work", used))
                        .statusCode())
                .isEqualTo(201);

        HttpResponse<String> missing = guest.submit(id, Api.foundItem(), Map.of());
        HttpResponse<String> forged =
                guest.submit(id, Api.foundItem(), Map.of("X-Proof-Of-Work", forge(guest.solvedProofOfWork())));
        HttpResponse<String> replayed = guest.submit(id, Api.foundItem(), Map.of("X-Proof-Of-Work", used));

        assertThat(List.of(missing, forged, replayed)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        });
        assertThat(Api.json(missing).path("type").asString()).isEqualTo("urn:rathaus:problem:proof-of-work-missing");
        assertThat(Api.json(forged).path("type").asString()).isEqualTo("urn:rathaus:problem:proof-of-work-invalid");
        assertThat(Api.json(replayed).path("type").asString()).isEqualTo("urn:rathaus:problem:proof-of-work-replayed");
        assertThat(Api.json(missing).path("detail").asString()).contains("Rechenaufgabe");
    }

    @Test
    void guestsAreRateLimitedPerClientWithRetryAfter() {
        Api guest = Api.guest(port);
        String id = guest.formId("fundsache-melden");
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i <= guestPermits; i++) {
            last = guest.submit(id, Api.foundItem(), Map.of("X-Proof-Of-Work", guest.solvedProofOfWork()));
            statuses.add(last.statusCode());
        }

        assertThat(statuses.subList(0, guestPermits)).containsOnly(201);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(Api.json(last).path("type").asString()).isEqualTo("urn:rathaus:problem:too-many-submissions");
        // another client is not affected
        Api other = Api.guest(port);
        assertThat(other.submit(id, Api.foundItem(), Map.of("X-Proof-Of-Work", other.solvedProofOfWork()))
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void formsThatNeedATrustLevelRefuseGuestsAndTooWeakLogins() {
        Api guest = Api.guest(port);
        Api citizen = signedIn();

        HttpResponse<String> anonymous =
                guest.submit(guest.formId("hund-anmelden"), Api.envelope(Api.JSON.createObjectNode()), Map.of());
        HttpResponse<String> substantial =
                citizen.submit(citizen.formId("gewerbeanmeldung"), Api.envelope(Api.JSON.createObjectNode()), Map.of());
        HttpResponse<String> high = citizen.submit(
                citizen.formId("meldebescheinigung"), Api.envelope(Api.JSON.createObjectNode()), Map.of());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(Api.json(anonymous).path("type").asString()).isEqualTo("urn:rathaus:problem:sign-in-required");
        assertThat(substantial.statusCode()).isEqualTo(403);
        assertThat(Api.json(substantial).path("detail").asString()).contains("SUBSTANTIAL", "BASIC");
        assertThat(high.statusCode()).isEqualTo(403);
    }

    @Test
    void refusedAnswersAreListedFieldByFieldAndNothingIsStored() {
        Api guest = Api.guest(port);
        String id = guest.formId("fundsache-melden");
        ObjectNode body = Api.foundItem();
        ObjectNode answers = (ObjectNode) body.path("answers");
        answers.remove("gegenstand");
        answers.put("funddatum", "gestern");
        answers.put("finderlohn", true);
        answers.put("hintertuer", "offen");
        long before = submissionsInMusterstadt();

        HttpResponse<String> response = guest.submit(id, body, Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Api.json(response);
        assertThat(problem.path("type").asString()).isEqualTo("urn:rathaus:problem:invalid-answers");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        List<String> pointers = problem.path("errors").findValuesAsString("pointer");
        assertThat(pointers)
                .contains("/answers/gegenstand", "/answers/funddatum", "/answers/finder-name", "/answers/hintertuer");
        JsonNode missing = error(problem, "/answers/gegenstand");
        assertThat(missing.path("code").asString()).isEqualTo("forms.answer.required");
        assertThat(missing.path("detail").asString()).contains("Gegenstand");
        assertThat(submissionsInMusterstadt()).isEqualTo(before);
    }

    @Test
    void aCitizenSendsAFormWithAFeeAndAFileAndGetsAnInvoice() {
        Api citizen = signedIn();
        String id = citizen.formId("anwohnerparkausweis");

        HttpResponse<String> response = citizen.submit(id, Api.parkingPermit(), Map.of());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode result = Api.json(response);
        assertThat(result.path("payment").path("state").asString()).isEqualTo("INVOICED");
        assertThat(result.path("payment").path("amount").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(result.path("payment").path("kassenzeichen").asString()).isNotBlank();
        assertThat(result.has("accessToken")).isFalse();
        UUID submission = UUID.fromString(result.path("id").asString());
        SubmissionView view = inMusterstadt(() -> submissions.find(submission)).orElseThrow();
        assertThat(view.payment()).isInstanceOf(PaymentState.Invoiced.class);
        JsonNode file = view.answers().get("zulassung");
        assertThat(file.path("type").asString()).isEqualTo("image/png");
        assertThat(file.path("name").asString()).isEqualTo("zulassung.png");
        assertThat(inMusterstadt(() -> submissions.attachments(submission)))
                .singleElement()
                .satisfies(attachment -> {
                    assertThat(attachment.path()).isEqualTo("/zulassung");
                    assertThat(attachment.file().toString())
                            .isEqualTo(file.path("file").asString());
                });
        assertThat(citizen.get("/api/v1/forms/" + id + "/submissions/" + submission)
                        .statusCode())
                .isEqualTo(200);
        assertThat(signedIn()
                        .get("/api/v1/forms/" + id + "/submissions/" + submission)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aFileThatIsNotWhatItClaimsIsRefusedAtItsAnswerAndNothingIsStored() {
        Api citizen = signedIn();
        String id = citizen.formId("anwohnerparkausweis");
        ObjectNode body = Api.parkingPermit();
        ObjectNode file = (ObjectNode) body.path("answers").path("zulassung");
        file.put("content", java.util.Base64.getEncoder().encodeToString("<html>kein Bild</html>".getBytes()));
        long before = submissionsInMusterstadt();

        HttpResponse<String> response = citizen.submit(id, body, Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(Api.json(response), "/answers/zulassung").path("code").asString())
                .isEqualTo("files.refused.type-not-allowed");
        assertThat(submissionsInMusterstadt()).isEqualTo(before);
    }

    @Test
    void theSignedInApplicantFindsTheApplicationInTheAccountList() {
        Account account = new TestAccounts(context).citizen(musterstadt());
        Visitor visitor = new Visitor(port, "localhost");
        visitor.signIn(account.email(), TestAccounts.PASSWORD);
        Api citizen = new Api(port, "localhost").withSessionOf(visitor);

        HttpResponse<String> response = citizen.submit(citizen.formId("fundsache-melden"), Api.foundItem(), Map.of());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(inMusterstadt(() -> submissions.forApplicant(account.pseudonym())))
                .singleElement()
                .satisfies(summary -> {
                    assertThat(summary.reference())
                            .isEqualTo(Api.json(response).path("reference").asString());
                    assertThat(summary.formTitle()).isEqualTo("Fundsache melden");
                    assertThat(summary.payment()).isEqualTo(new PaymentState.NoFee());
                });
    }

    private Api signedIn() {
        Account account = new TestAccounts(context).citizen(musterstadt());
        Visitor visitor = new Visitor(port, "localhost");
        visitor.signIn(account.email(), TestAccounts.PASSWORD);
        return new Api(port, "localhost").withSessionOf(visitor);
    }

    private static JsonNode form(JsonNode forms, String key) {
        for (JsonNode form : forms) {
            if (form.path("key").asString().equals(key)) {
                return form;
            }
        }
        throw new AssertionError("No form " + key);
    }

    private static JsonNode error(JsonNode problem, String pointer) {
        for (JsonNode error : problem.path("errors")) {
            if (error.path("pointer").asString().equals(pointer)) {
                return error;
            }
        }
        throw new AssertionError("No error at " + pointer + " in " + problem);
    }

    /** A solved challenge whose signature no longer fits. */
    private static String forge(String payload) {
        ObjectNode json =
                (ObjectNode) Api.JSON.readTree(java.util.Base64.getDecoder().decode(payload));
        json.put("signature", "0".repeat(64));
        return java.util.Base64.getEncoder().encodeToString(Api.JSON.writeValueAsBytes(json));
    }

    private long rowsOfForm(String formId, UUID submission) {
        return jdbc.sql("select count(*) from forms.submission where form_id = ? and id = ?")
                .params(UUID.fromString(formId), submission)
                .query(Long.class)
                .single();
    }

    private long submissionsInMusterstadt() {
        return jdbc.sql("select count(*) from forms.submission where tenant_id = ?")
                .param(musterstadt().id().value())
                .query(Long.class)
                .single();
    }

    private Tenant musterstadt() {
        return tenants.bySlug("musterstadt").orElseThrow();
    }

    private <T> T inMusterstadt(java.util.function.Supplier<T> work) {
        return CurrentTenant.runAs(musterstadt(), work);
    }
}
