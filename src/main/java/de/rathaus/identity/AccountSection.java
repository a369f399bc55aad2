package de.rathaus.identity;

import java.util.Map;

/**
 * A part of the account page ({@code /konto}) that another module contributes (the citizen's
 * applications, later the mailbox or appointments), so the account shows what the modules keep for
 * the person without identity depending on them. The page renders every section bean that {@link
 * #appliesTo} the signed-in account, by {@link #order()}; the fragment reads what {@link
 * #model(SignedInAccount)} returns as {@code section}.
 */
public interface AccountSection {

    /** Smaller numbers come first. */
    int order();

    /** The template fragment, e.g. {@code "forms/account/applications :: section"}. */
    String fragment();

    /** Whether the section belongs on this account's page (e.g. only citizens apply for services). */
    default boolean appliesTo(SignedInAccount account) {
        return true;
    }

    /** What the fragment shows for this account in the current town; called once per request. */
    Map<String, Object> model(SignedInAccount account);
}
