package de.rathaus.platform.mail;

/** A plain-text e-mail to one recipient, written in the recipient's language by the caller. */
public record OutgoingMail(String to, String subject, String text) {

    public OutgoingMail {
        if (to.isBlank() || to.contains("\n") || to.contains("\r") || subject.contains("\n")) {
            throw new IllegalArgumentException("Recipient and subject must be single, non-empty lines");
        }
    }
}
