package de.rathaus.identity.account;

import de.rathaus.platform.mail.MailOutbox;
import de.rathaus.platform.mail.OutgoingMail;
import de.rathaus.platform.tenancy.CurrentTenant;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The e-mails about an account, written in the language the person uses on the site and queued
 * in the caller's transaction.
 */
@Component
public class AccountMails {

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final Links links;

    AccountMails(MailOutbox outbox, MessageSource messages, Links links) {
        this.outbox = outbox;
        this.messages = messages;
        this.links = links;
    }

    public void confirmEmail(Account account, String token) {
        send(account, "confirm", links.absolute("/registrieren/bestaetigen", "token", token));
    }

    /** Someone registered with an address that already has an account; tell its owner, not the visitor. */
    public void alreadyRegistered(Account account) {
        send(account, "existing", links.absolute("/passwort-vergessen"));
    }

    public void resetPassword(Account account, String token) {
        send(account, "reset", links.absolute("/passwort-zuruecksetzen", "token", token));
    }

    public void invitation(Account account, String token) {
        send(account, "invitation", links.absolute("/einladung", "token", token));
    }

    public void passwordChanged(Account account) {
        send(account, "changed", links.absolute("/passwort-vergessen"));
    }

    private void send(Account account, String kind, String link) {
        Locale locale = LocaleContextHolder.getLocale();
        String town = CurrentTenant.get().name();
        Object[] args = {account.nameOrEmpty(), town, link};
        outbox.queue(new OutgoingMail(
                account.requireEmail(),
                messages.getMessage("identity.mail." + kind + ".subject", args, locale),
                messages.getMessage("identity.mail." + kind + ".text", args, locale)));
    }
}
