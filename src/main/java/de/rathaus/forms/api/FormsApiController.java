package de.rathaus.forms.api;

import de.rathaus.forms.FormId;
import de.rathaus.forms.definition.Access;
import de.rathaus.forms.definition.Fee;
import de.rathaus.forms.definition.FormJson;
import de.rathaus.forms.library.FormLibrary;
import de.rathaus.forms.library.PublishedForm;
import de.rathaus.forms.submission.PaymentState;
import de.rathaus.forms.submission.SubmissionView;
import de.rathaus.forms.submission.Submissions;
import de.rathaus.identity.CurrentAccount;
import de.rathaus.identity.SignedInAccount;
import de.rathaus.identity.TrustLevel;
import de.rathaus.platform.abuse.ClientKeys;
import de.rathaus.platform.abuse.Decision;
import de.rathaus.platform.abuse.Limit;
import de.rathaus.platform.abuse.ProofOfWork;
import de.rathaus.platform.abuse.RateLimits;
import de.rathaus.platform.abuse.Verdict;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The town's published forms as JSON, and applications sent by programs (apps, portals, other
 * systems) with the same rules as the browser journey: the same checks of the answers, the same
 * trust levels, and for guests the same proof of work and rate limits.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Forms", description = "Published forms, their JSON Schemas, and sending applications")
@EnableConfigurationProperties(ApiProperties.class)
class FormsApiController {

    /** Visible ASCII, as the Idempotency-Key header draft allows; long enough for a UUID or a hash. */
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private static final String RATE_LIMIT_BUCKET = "forms-api-submit";

    private final FormLibrary library;
    private final Submissions submissions;
    private final ApiSubmissions api;
    private final RequestBodies bodies;
    private final ApiMessages messages;
    private final CurrentAccount accounts;
    private final ProofOfWork proofOfWork;
    private final RateLimits rateLimits;
    private final ClientKeys clientKeys;
    private final FormJson formJson;
    private final Limit guestLimit;

    FormsApiController(
            FormLibrary library,
            Submissions submissions,
            ApiSubmissions api,
            RequestBodies bodies,
            ApiMessages messages,
            CurrentAccount accounts,
            ProofOfWork proofOfWork,
            RateLimits rateLimits,
            ClientKeys clientKeys,
            FormJson formJson,
            ApiProperties properties) {
        this.library = library;
        this.submissions = submissions;
        this.api = api;
        this.bodies = bodies;
        this.messages = messages;
        this.accounts = accounts;
        this.proofOfWork = proofOfWork;
        this.rateLimits = rateLimits;
        this.clientKeys = clientKeys;
        this.formJson = formJson;
        this.guestLimit = new Limit(
                properties.guestLimit().permits(), properties.guestLimit().window());
    }

    @GetMapping("/forms")
    @Operation(summary = "The town's published forms, by title")
    @ApiResponse(responseCode = "200", description = "The forms, each in its current published version")
    List<ApiModels.FormItem> forms() {
        String base = baseUrl();
        return library.published().stream()
                .map(form -> new ApiModels.FormItem(
                        form.id().value(),
                        form.key(),
                        form.definition().title(),
                        form.serviceId().value(),
                        form.definition().access(),
                        form.version(),
                        fee(form.definition().fee()),
                        base + "/antrag/" + form.key()))
                .toList();
    }

    @GetMapping("/forms/{formId}")
    @Operation(
            summary = "A form's current published version with its definition",
            description = "The definition is the exchange format rathaus-form/1: pages, fields, rules, conditions,"
                    + " fee and declaration.")
    @ApiResponse(responseCode = "200", description = "The form")
    @ApiResponse(
            responseCode = "400",
            description = "The id is not a UUID",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No published form of this town has this id",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    ApiModels.FormDocument form(@Parameter(description = "The form's id (UUID)") @PathVariable UUID formId) {
        PublishedForm form = published(formId);
        return new ApiModels.FormDocument(
                form.id().value(),
                form.version(),
                form.serviceId().value(),
                form.publishedAt(),
                formJson.tree(form.definition()));
    }

    @PostMapping("/forms/{formId}/submissions")
    @Operation(
            summary = "Send an application",
            description = "The answers are checked like the browser journey checks them: against the form's JSON"
                    + " Schema and its rules (conditions, required fields, formats, limits); answers to fields hidden"
                    + " by other answers are dropped. Every refused value is listed in the problem's `errors`"
                    + " (pointer into the request body, stable code, German message). Forms that need a trust level"
                    + " require a signed-in citizen whose login is strong enough (401 without, 403 if too weak);"
                    + " forms anyone may use need a solved proof of work from GET /api/v1/proof-of-work/challenge"
                    + " in X-Proof-Of-Work (the ALTCHA payload, Base64) and are rate limited per client."
                    + " A fee is invoiced (pay later): the response names the amount and the Kassenzeichen."
                    + " FILE answers are sent as {\"name\": \"plan.pdf\", \"content\": \"<Base64>\"}; the body may"
                    + " be 1 MB plus the Base64 of the form's files. The same Idempotency-Key with the same body"
                    + " returns the stored application again (200) instead of a second one.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ApiModels.SubmissionRequest.class)))
    @ApiResponse(responseCode = "201", description = "Stored; Location names it")
    @ApiResponse(responseCode = "200", description = "Stored before under this Idempotency-Key and body")
    @ApiResponse(
            responseCode = "400",
            description =
                    "Refused answers (see errors), malformed JSON, a missing or bad Idempotency-Key or proof of work",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "401",
            description = "The form needs a signed-in citizen",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "403",
            description = "The citizen's login is not strong enough for this form",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No published form of this town has this id",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "413",
            description = "The body is too large",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "415",
            description = "Not JSON in UTF-8",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "429",
            description = "Too many applications from this client without signing in; see Retry-After",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ApiModels.SubmissionResult> submit(
            @Parameter(description = "The form's id (UUID)") @PathVariable UUID formId,
            @Parameter(
                            in = ParameterIn.HEADER,
                            required = true,
                            description = "Your key for this application (e.g. a UUID), 1 to 255 visible ASCII"
                                    + " characters; send the same key when you retry")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    @Nullable
                    String idempotencyKey,
            @Parameter(
                            in = ParameterIn.HEADER,
                            description = "For forms anyone may use, without signing in: the solved proof of work"
                                    + " (Base64 JSON as the ALTCHA widget sends it)")
                    @RequestHeader(name = "X-Proof-Of-Work", required = false)
                    @Nullable
                    String proof,
            HttpServletRequest request) {
        PublishedForm form = published(formId);
        Optional<SignedInAccount> account = accounts.find();
        admit(form.definition().access(), account);
        if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw messages.refusal(HttpStatus.BAD_REQUEST, "idempotency-key");
        }
        byte[] raw = bodies.readBytes(request, Uploads.bodyLimit(form.definition()));
        SubmissionBody body = switch (SubmissionBody.of(bodies.parse(raw), messages)) {
            case SubmissionBody.Valid valid -> valid.body();
            case SubmissionBody.Invalid invalid -> throw messages.invalid("invalid-body", invalid.problems());
        };
        List<FieldProblem> problems = new ArrayList<>();
        Uploads uploads = Uploads.decode(form.definition(), body.answers(), problems, messages);
        if (!problems.isEmpty()) {
            throw messages.invalid("invalid-answers", problems);
        }
        api.check(form, body, uploads);
        @Nullable UUID applicant = account.map(SignedInAccount::pseudonym).orElse(null);
        String key = scopedKey(form, applicant, idempotencyKey, raw);
        Optional<Submissions.Submitted> before = submissions.submitted(key);
        if (before.isPresent()) {
            return ResponseEntity.ok(result(before.get()));
        }
        if (applicant == null) {
            guard(request, proof);
        }
        Submissions.Submitted submitted = api.store(form, body, uploads, key, applicant);
        ApiModels.SubmissionResult result = result(submitted);
        if (submitted.duplicate()) {
            return ResponseEntity.ok(result);
        }
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/forms/{formId}/submissions/{id}")
                .buildAndExpand(form.id().value(), submitted.id())
                .toUri();
        return ResponseEntity.created(location).body(result);
    }

    @GetMapping("/forms/{formId}/submissions/{id}")
    @Operation(
            summary = "A sent application's reference, payment and receipt",
            description = "For the signed-in applicant, or with the guest's access token in X-Access-Token.")
    @ApiResponse(responseCode = "200", description = "The application")
    @ApiResponse(
            responseCode = "404",
            description = "No such application, or not yours",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    ApiModels.SubmissionResult submission(
            @PathVariable UUID formId,
            @PathVariable UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "A guest's access token from the answer to the POST")
                    @RequestHeader(name = "X-Access-Token", required = false)
                    @Nullable
                    String token) {
        SubmissionView view = submissions
                .find(id)
                .filter(found -> found.form().id().value().equals(formId))
                .filter(found -> mayRead(found, token))
                .orElseThrow(() -> messages.refusal(HttpStatus.NOT_FOUND, "submission-not-found"));
        return result(view, view.applicant() == null ? token : null);
    }

    private boolean mayRead(SubmissionView submission, @Nullable String token) {
        if (submission.applicant() != null) {
            return accounts.find()
                    .map(account -> account.pseudonym().equals(submission.applicant()))
                    .orElse(false);
        }
        return token != null && submissions.verifyAccess(submission.id(), token);
    }

    private PublishedForm published(UUID formId) {
        return library.published(new FormId(formId))
                .orElseThrow(() -> messages.refusal(HttpStatus.NOT_FOUND, "form-not-found"));
    }

    /** The same rule as the browser journey: {@link Access#admits}. */
    private void admit(Access access, Optional<SignedInAccount> account) {
        @Nullable TrustLevel level = account.map(SignedInAccount::trustLevel).orElse(null);
        if (access.admits(level)) {
            return;
        }
        TrustLevel required = access.required();
        throw account.isEmpty()
                ? messages.refusal(HttpStatus.UNAUTHORIZED, "sign-in-required", required)
                : messages.refusal(HttpStatus.FORBIDDEN, "trust-level", required, level);
    }

    /** Guests: a rate limit per client, then a proof of work that is used up by this request. */
    private void guard(HttpServletRequest request, @Nullable String proof) {
        if (rateLimits.tryAcquire(RATE_LIMIT_BUCKET, clientKeys.of(request), guestLimit)
                instanceof Decision.Refused refused) {
            throw messages.refusal(HttpStatus.TOO_MANY_REQUESTS, "too-many-submissions", refused.retryAfterSeconds())
                    .withHeader("Retry-After", String.valueOf(refused.retryAfterSeconds()));
        }
        Verdict verdict = proofOfWork.verify(proof);
        switch (verdict) {
            case Verdict.Valid valid -> {}
            case Verdict.Missing missing -> throw messages.refusal(HttpStatus.BAD_REQUEST, "proof-of-work-missing");
            case Verdict.Invalid invalid -> throw messages.refusal(HttpStatus.BAD_REQUEST, "proof-of-work-invalid");
            case Verdict.Expired expired -> throw messages.refusal(HttpStatus.BAD_REQUEST, "proof-of-work-expired");
            case Verdict.Replayed replayed -> throw messages.refusal(HttpStatus.BAD_REQUEST, "proof-of-work-replayed");
        }
    }

    /**
     * The key stored with the submission: the client's key scoped to the form, the signed-in
     * applicant (or guests as one) and the exact body. Two guests who happen to choose the same
     * key thus never get each other's application; only the very same request comes back as the
     * first one's answer.
     */
    private static String scopedKey(PublishedForm form, @Nullable UUID applicant, String key, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((form.id().value() + "\n" + (applicant == null ? "guest" : applicant) + "\n" + key + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private ApiModels.SubmissionResult result(Submissions.Submitted submitted) {
        SubmissionView view = submissions
                .find(submitted.id())
                .orElseThrow(
                        () -> new IllegalStateException("The stored submission " + submitted.id() + " is missing"));
        return result(view, view.applicant() == null ? submitted.accessToken() : null);
    }

    private static ApiModels.SubmissionResult result(SubmissionView view, @Nullable String accessToken) {
        UriComponentsBuilder receipt =
                ServletUriComponentsBuilder.fromCurrentContextPath().path("/antrag/eingang/{id}/quittung");
        if (accessToken != null) {
            receipt.queryParam("zugang", accessToken);
        }
        return new ApiModels.SubmissionResult(
                view.id(),
                view.reference(),
                view.form().id().value(),
                view.form().version(),
                view.submittedAt(),
                payment(view.payment()),
                receipt.buildAndExpand(view.id()).encode().toUriString(),
                accessToken);
    }

    private static ApiModels.PaymentInfo payment(PaymentState state) {
        return switch (state) {
            case PaymentState.NoFee noFee -> new ApiModels.PaymentInfo("NO_FEE", null, null);
            case PaymentState.Paid paid -> new ApiModels.PaymentInfo("PAID", paid.amount(), null);
            case PaymentState.Invoiced invoiced ->
                new ApiModels.PaymentInfo("INVOICED", invoiced.amount(), invoiced.kassenzeichen());
        };
    }

    private static ApiModels.@Nullable FeeInfo fee(@Nullable Fee fee) {
        return fee == null
                ? null
                : new ApiModels.FeeInfo(fee.purpose(), fee.base(), !fee.rules().isEmpty());
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
