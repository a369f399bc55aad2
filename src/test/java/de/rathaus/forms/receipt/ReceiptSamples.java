package de.rathaus.forms.receipt;

import de.rathaus.catalog.ServiceId;
import de.rathaus.forms.FormId;
import de.rathaus.forms.definition.Answers;
import de.rathaus.forms.definition.FormJson;
import de.rathaus.forms.library.PublishedForm;
import de.rathaus.forms.submission.PaymentState;
import de.rathaus.forms.submission.SubmissionView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/** A submission of a form with every field type, as the receipt tests need it. */
final class ReceiptSamples {

    private static final FormJson JSON = new FormJson();

    static final PublishedForm EVERY_FIELD = new PublishedForm(
            new FormId(UUID.randomUUID()),
            3,
            new ServiceId(UUID.randomUUID()),
            JSON.read(resource("/forms/receipt/every-field.json")),
            Instant.parse("2026-11-01T08:00:00Z"));

    private ReceiptSamples() {}

    static Answers everyFieldAnswers() {
        return Answers.of((ObjectNode) JSON.parse(resource("/forms/receipt/every-field-answers.json")));
    }

    /** Sent at 14:05 in Berlin on 23 November 2026. */
    static SubmissionView everyField(PaymentState payment) {
        return new SubmissionView(
                UUID.randomUUID(),
                "2026-0042-1337-5",
                EVERY_FIELD,
                everyFieldAnswers(),
                UUID.randomUUID(),
                "juergen@example.org",
                payment,
                Instant.parse("2026-11-23T13:05:00Z"));
    }

    private static String resource(String path) {
        try (InputStream in = ReceiptSamples.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
