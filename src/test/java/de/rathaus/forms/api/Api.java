package de.rathaus.forms.api;

import de.rathaus.Http;
import de.rathaus.Visitor;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A program using the forms API of one town: JSON over one kept-alive HTTP client, optionally with
 * a citizen's session (taken from a signed-in {@link Visitor}) and fixed headers such as the
 * client address a proxy reports ({@code X-Forwarded-For}).
 */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A 1×1 pixel PNG. */
    static final String PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    private final Http http;
    private final String host;
    private final Map<String, String> headers = new LinkedHashMap<>();

    Api(int port, String host) {
        this.http = new Http(port);
        this.host = host;
    }

    /** A guest at a client address of its own, so rate limits of other tests do not count. */
    static Api guest(int port) {
        return new Api(port, "localhost")
                .withHeader("X-Forwarded-For", "10." + octet() + "." + octet() + "." + octet());
    }

    Api withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Api withSessionOf(Visitor visitor) {
        return withHeader(
                "Cookie", "RATHAUS_SESSION=" + visitor.cookie("RATHAUS_SESSION").orElseThrow());
    }

    HttpResponse<String> get(String path) {
        return send(
                http.request(host, path).header("Accept", "application/json").GET());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body, Map<String, String> extra) {
        var request = http.request(host, path)
                .header("Accept", "application/json")
                // as a careful client sends a large body: the server may refuse it (413) before it is sent
                .expectContinue(body.length > 1024 * 1024)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        extra.forEach(request::header);
        return send(request);
    }

    /** Sends an application with a fresh Idempotency-Key. */
    HttpResponse<String> submit(String formId, ObjectNode body, Map<String, String> extra) {
        var all = new LinkedHashMap<String, String>();
        all.put("Idempotency-Key", UUID.randomUUID().toString());
        all.putAll(extra);
        return post("/api/v1/forms/" + formId + "/submissions", "application/json", JSON.writeValueAsBytes(body), all);
    }

    /** The id of a published form of this town. */
    String formId(String key) {
        for (JsonNode form : JSON.readTree(get("/api/v1/forms").body())) {
            if (form.path("key").asString().equals(key)) {
                return form.path("id").asString();
            }
        }
        throw new AssertionError("No published form " + key);
    }

    /** Fetches a challenge and solves it as the browser widget does: the X-Proof-Of-Work value. */
    String solvedProofOfWork() {
        JsonNode challenge =
                JSON.readTree(get("/api/v1/proof-of-work/challenge").body());
        String salt = challenge.path("salt").asString();
        for (long number = 0; number <= challenge.path("maxnumber").asLong(); number++) {
            if (sha256(salt + number).equals(challenge.path("challenge").asString())) {
                ObjectNode payload = JSON.createObjectNode();
                payload.put("algorithm", challenge.path("algorithm").asString());
                payload.put("challenge", challenge.path("challenge").asString());
                payload.put("number", number);
                payload.put("salt", salt);
                payload.put("signature", challenge.path("signature").asString());
                return Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(payload));
            }
        }
        throw new AssertionError("Unsolvable challenge " + challenge);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** Valid answers to the demo form "Fundsache melden" (anyone may send it). */
    static ObjectNode foundItem() {
        ObjectNode answers = JSON.createObjectNode();
        answers.put("gegenstand", "Schlüsselbund");
        answers.put("beschreibung", "Drei Schlüssel an einem roten Ring");
        answers.put("fundort", "Marktplatz, vor dem Brunnen");
        answers.put("funddatum", LocalDate.now(ZoneId.of("Europe/Berlin")).toString());
        answers.put("finderlohn", false);
        return envelope(answers);
    }

    /** Valid answers to the demo form "Anwohnerparkausweis" (BASIC, a fee, a required file). */
    static ObjectNode parkingPermit() {
        ObjectNode answers = JSON.createObjectNode();
        answers.put("name", "Erika Mustermann");
        answers.put("email", "erika@example.org");
        ObjectNode address = answers.putObject("anschrift");
        address.put("street", "Marktplatz 1");
        address.put("postcode", "86150");
        address.put("city", "Musterstadt");
        answers.put("zone", "a");
        answers.put("kennzeichen", "MS-AB 123");
        answers.put("halter", "selbst");
        ObjectNode file = answers.putObject("zulassung");
        file.put("name", "zulassung.png");
        file.put("content", PNG);
        return envelope(answers);
    }

    static ObjectNode envelope(ObjectNode answers) {
        ObjectNode body = JSON.createObjectNode();
        body.set("answers", answers);
        return body;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        return http.send(request.build());
    }

    private static int octet() {
        return 1 + (int) (Math.random() * 250);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
