package de.rathaus;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The transport under {@link Visitor}: sends requests to the running application, addressing a
 * tenant by its Host header ({@code *.localhost} does not resolve inside the JVM), and follows no
 * redirects. Needs {@code -Djdk.httpclient.allowRestrictedHeaders=host}, which the build sets.
 */
public final class Http {

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final int port;

    public Http(int port) {
        this.port = port;
    }

    public HttpRequest.Builder request(String host, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Host", host)
                .timeout(Duration.ofSeconds(20));
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
