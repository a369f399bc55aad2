package de.rathaus.identity;

import de.rathaus.TestServers;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * Musterstadt's OpenID Connect provider "Test-ID" in the tests: a real mock-oauth2-server, started
 * once per JVM (its signing key lives as long as the server, and Rathaus keeps the key it fetched).
 */
public final class TestIdentityProvider {

    public static final String ID = "testid";

    private static MockOAuth2Server server;
    private static final HttpClient browser =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TestIdentityProvider() {}

    public static synchronized MockOAuth2Server running() {
        if (server == null) {
            server = new MockOAuth2Server();
            server.start(InetAddress.getLoopbackAddress(), TestServers.OIDC_PORT);
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        }
        return server;
    }

    /** The person who signs in at the provider next, with the claims of their ID token. */
    public static void nextPerson(String subject, Map<String, Object> claims) {
        running().enqueueCallback(new DefaultOAuth2TokenCallback(ID, subject, "JWT", List.of("rathaus"), claims, 3600));
    }

    /**
     * What the browser does at the provider: opens the authorization address Rathaus sent it to
     * and comes back with the provider's answer.
     *
     * @return the path and query of Rathaus' callback address
     */
    public static String visit(String authorizationUrl) {
        try {
            HttpResponse<String> answer = browser.send(
                    HttpRequest.newBuilder(URI.create(authorizationUrl)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            URI callback = URI.create(answer.headers()
                    .firstValue("Location")
                    .orElseThrow(() -> new AssertionError(
                            "The provider did not redirect back: " + answer.statusCode() + " " + answer.body())));
            return callback.getRawPath() + "?" + callback.getRawQuery();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
