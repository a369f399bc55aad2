package de.rathaus.forms.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import tools.jackson.databind.JsonNode;

/** Whatever bytes arrive, the reader answers with JSON or a refusal with the right status. */
class RequestBodiesTest {

    private final RequestBodies bodies = new RequestBodies(messages());

    @Test
    void readsJsonInUtf8() {
        JsonNode json = bodies.parse(
                bodies.readBytes(request("application/json", "{\"answers\": {\"was\": \"Schlüssel\"}}"), 1000));

        assertThat(json.path("answers").path("was").asString()).isEqualTo("Schlüssel");
    }

    @Test
    void refusesOtherContentTypesAndCharsets() {
        for (String type : new String[] {
            "text/plain",
            "application/xml",
            "application/json; charset=ISO-8859-1",
            "application/json; charset=nope",
            "*/*",
            "kaputt"
        }) {
            assertThatThrownBy(() -> bodies.readBytes(request(type, "{}"), 1000))
                    .as(type)
                    .isInstanceOfSatisfying(
                            ApiRefusal.class,
                            refusal ->
                                    assertThat(refusal.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE));
        }
    }

    @Test
    void refusesBodiesOverTheLimitWithOrWithoutALength() {
        MockHttpServletRequest withoutLength = request("application/json", "{\"answers\": {}}");
        withoutLength.removeHeader("Content-Length");

        assertThatThrownBy(() -> bodies.readBytes(request("application/json", "{\"answers\": {}}"), 10))
                .isInstanceOfSatisfying(
                        ApiRefusal.class,
                        refusal -> assertThat(refusal.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE));
        assertThatThrownBy(() -> bodies.readBytes(withoutLength, 10))
                .isInstanceOfSatisfying(
                        ApiRefusal.class,
                        refusal -> assertThat(refusal.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE));
    }

    @Test
    void refusesWhatIsNotStrictJson() {
        byte[][] bad = {
            "".getBytes(StandardCharsets.UTF_8),
            "{".getBytes(StandardCharsets.UTF_8),
            "{\"a\": 1, \"a\": 2}".getBytes(StandardCharsets.UTF_8),
            "{\"a\": NaN}".getBytes(StandardCharsets.UTF_8),
            "{\"a\": Infinity}".getBytes(StandardCharsets.UTF_8),
            "{\"a\": 1} {\"b\": 2}".getBytes(StandardCharsets.UTF_8),
            "{'a': 1}".getBytes(StandardCharsets.UTF_8),
            "[".repeat(10_000).getBytes(StandardCharsets.UTF_8),
            "{\"a\": \"\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1),
            {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
            {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'},
        };
        for (byte[] body : bad) {
            assertThatThrownBy(() -> bodies.parse(bodies.readBytes(request("application/json", body), 100_000)))
                    .as(new String(body, StandardCharsets.ISO_8859_1))
                    .isInstanceOfSatisfying(
                            ApiRefusal.class,
                            refusal -> assertThat(refusal.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
        }
    }

    static ResourceBundleMessageSource messageSource() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/forms-submission", "i18n/forms", "i18n/platform");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static ApiMessages messages() {
        return new ApiMessages(messageSource());
    }

    private static MockHttpServletRequest request(String type, String body) {
        return request(type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static MockHttpServletRequest request(String type, byte[] body) {
        var request = new MockHttpServletRequest("POST", "/api/v1/forms/x/submissions");
        request.setContentType(type);
        request.setContent(body);
        request.addHeader("Content-Length", body.length);
        return request;
    }
}
