package de.rathaus.platform.feedback;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What someone tells us about a barrier. The e-mail address is optional, for an answer. */
record BarrierReport(
        @NotBlank(message = "{feedback.message.required}") @Size(max = 5000, message = "{feedback.message.size}")
        String message,

        @Size(max = 500, message = "{feedback.page.size}") @Nullable
        String page,

        @Email(message = "{feedback.email.invalid}") @Size(max = 254, message = "{feedback.email.invalid}") @Nullable
        String email) {}
