package de.rathaus.forms.api;

import de.rathaus.forms.definition.Access;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** What the forms API reads and returns; the OpenAPI document describes these records. */
final class ApiModels {

    private ApiModels() {}

    @Schema(description = "A published form of the town")
    record FormItem(
            UUID id,

            @Schema(description = "The form's stable name, also its page /antrag/{key}", example = "hund-anmelden")
            String key,

            String title,

            @Schema(description = "The catalogue service the form belongs to")
            UUID serviceId,

            @Schema(
                    description = "Who may send it: ANONYMOUS (anyone, with proof of work), or a signed-in"
                            + " citizen whose login has at least this trust level")
            Access trustLevel,

            @Schema(description = "The published version; answers are checked against it")
            int version,

            @Schema(description = "What the application costs, when it has a fee") @Nullable
            FeeInfo fee,

            @Schema(description = "The form's page for people")
            String url) {}

    @Schema(description = "The fee of a form: a base amount, more depending on the answers")
    record FeeInfo(
            @Schema(description = "Verwendungszweck") String purpose,

            @Schema(description = "Charged for every application, in euros", example = "30.60")
            BigDecimal base,

            @Schema(description = "Whether answers can add to it (see the definition's fee rules)")
            boolean dependsOnAnswers) {}

    @Schema(description = "A published version of a form with its definition")
    record FormDocument(
            UUID id,
            int version,
            UUID serviceId,
            Instant publishedAt,

            @Schema(description = "The definition in the exchange format rathaus-form/1")
            JsonNode definition) {}

    @Schema(description = "An application to send")
    record SubmissionRequest(
            @Schema(
                    description = "One member per answered field, keyed by the field's id and shaped as its"
                            + " type says (see the form's JSON Schema). A FILE answer is sent as"
                            + " {\"name\": \"plan.pdf\", \"content\": \"<Base64>\"}.",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            Map<String, Object> answers,

            @Schema(description = "Where the confirmation e-mail goes; without it none is sent") @Nullable
            String contactEmail) {}

    @Schema(description = "A stored application")
    record SubmissionResult(
            UUID id,

            @Schema(description = "The reference number (Aktenzeichen)", example = "2026-4821-0375-6")
            String reference,

            UUID formId,
            int formVersion,
            Instant submittedAt,
            PaymentInfo payment,

            @Schema(description = "Where the receipt (PDF) is downloaded")
            String receiptUrl,

            @Schema(
                    description = "For guests: the secret that opens the receipt (already part of"
                            + " receiptUrl); keep it like a password")
            @Nullable
            String accessToken) {}

    @Schema(description = "How the fee stands")
    record PaymentInfo(
            @Schema(description = "NO_FEE, INVOICED (pay later by invoice) or PAID")
            String state,

            @Nullable BigDecimal amount,

            @Schema(description = "The cash office's reference for an invoice") @Nullable
            String kassenzeichen) {}
}
