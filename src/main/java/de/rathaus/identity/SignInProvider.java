package de.rathaus.identity;

/**
 * A way to sign in through another identity provider that the current town offers.
 *
 * @param startPath where a link or a GET form sends the person to sign in there
 * @param highestTrustLevel the most this provider can vouch for; a service that needs HIGH offers
 *     only providers reaching it
 */
public record SignInProvider(String id, String name, String startPath, TrustLevel highestTrustLevel) {}
