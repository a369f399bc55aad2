package de.rathaus.identity.federation;

import java.util.Arrays;
import java.util.Optional;

/** Why a sign-in through another provider did not lead into an account, as the failure page names it. */
public enum FederationProblem {
    /** The person cancelled at the provider or did not agree to share their data. */
    CANCELLED("abgebrochen"),
    /** The sign-in took too long or was started in another browser. */
    EXPIRED("abgelaufen"),
    /** The provider named no e-mail address it has checked. */
    NO_VERIFIED_EMAIL("ohne-adresse"),
    /** The account may not sign in this way (a blocked account, or the address of a staff account). */
    REFUSED("nicht-moeglich"),
    /** The provider or the exchange with it failed. */
    FAILED("fehlgeschlagen");

    private final String slug;

    FederationProblem(String slug) {
        this.slug = slug;
    }

    /** The word in the failure page's address. */
    public String slug() {
        return slug;
    }

    public String messageKey() {
        return "identity.federation.problem." + slug;
    }

    public static Optional<FederationProblem> bySlug(String slug) {
        return Arrays.stream(values())
                .filter(problem -> problem.slug.equals(slug))
                .findFirst();
    }
}
