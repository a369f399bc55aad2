package de.rathaus.payment.staff;

import de.rathaus.payment.PaymentStatus;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the staff list of payments, formatted for the page. */
public record PaymentRow(
        UUID id,
        String createdAt,
        String purpose,
        String reference,
        String amount,
        String provider,
        @Nullable String kassenzeichen,
        PaymentStatus status,
        boolean bookable) {}
