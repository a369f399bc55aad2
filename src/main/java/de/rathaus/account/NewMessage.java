package de.rathaus.account;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message for a citizen's mailbox.
 *
 * @param recipient the citizen's account pseudonym
 * @param sender who sends it, e.g. the office's name
 * @param subject shown in the mailbox only (signed in); never put into an e-mail
 * @param correlation the sender's own reference (e.g. {@code case:<id>:request:<id>}), handed back
 *     with every reply so the sender knows what the reply answers
 * @param replyAllowed whether the citizen can answer (with text and uploads)
 */
public record NewMessage(
        UUID recipient,
        String sender,
        String subject,
        String body,
        List<MessageAttachment> attachments,
        @Nullable String correlation,
        boolean replyAllowed) {

    public NewMessage {
        attachments = List.copyOf(attachments);
    }
}
