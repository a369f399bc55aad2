package de.rathaus.account;

import java.util.Optional;
import java.util.UUID;

/**
 * The citizen's mailbox as other modules use it: decisions and requests go in, replies come out as
 * {@link PostfachReplied} events. Every delivery sends the citizen an e-mail that a message is
 * waiting, without any personal data or the message's subject. Works in the current tenant and
 * joins the caller's transaction.
 */
public interface Postfach {

    /**
     * Whether the citizen has consented to receive decisions electronically (in the mailbox). Without
     * that consent a decision goes by post; requests and notices may still go to the mailbox.
     */
    boolean acceptsElectronicDelivery(UUID citizen);

    /** Puts the message into the citizen's mailbox and sends the notice e-mail. */
    MessageId deliver(NewMessage message);

    /** When the message was provided and first retrieved; empty for an unknown message. */
    Optional<Delivery> delivery(MessageId id);
}
