package de.rathaus.forms.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON body of an API request strictly and within limits, so that nothing a client sends
 * can make the server fail or work for long: a body over the size limit (413), another content type
 * or charset than JSON in UTF-8 (415), invalid UTF-8, malformed JSON, duplicate keys, NaN, nesting
 * deeper than {@value #MAX_NESTING}, trailing content (400).
 */
@Component
class RequestBodies {

    /** Answers nest at most three levels (a group entry's address); the envelope adds one. */
    static final int MAX_NESTING = 50;

    /**
     * The longest single string: a Base64 file of the largest size the platform stores (20 MB)
     * with room to spare; every other string is limited far lower by the form's rules.
     */
    static final int MAX_STRING = 28 * 1024 * 1024;

    private final JsonMapper strict = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING)
                            .maxStringLength(MAX_STRING)
                            .maxNameLength(1_000)
                            .maxNumberLength(100)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final ApiMessages messages;

    RequestBodies(ApiMessages messages) {
        this.messages = messages;
    }

    /**
     * The body's bytes, read only if it is JSON and within the limit.
     *
     * @param limit the largest body accepted, in bytes
     * @throws ApiRefusal with 413, 415 or 400 (empty) as described above
     */
    byte[] readBytes(HttpServletRequest request, long limit) {
        requireJson(request.getContentType());
        if (request.getContentLengthLong() > limit) {
            throw tooLarge(limit);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            // a body sent without a length is read only up to one byte past the limit
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the request body", e);
        }
        if (body.length > limit) {
            throw tooLarge(limit);
        }
        if (body.length == 0) {
            throw messages.refusal(HttpStatus.BAD_REQUEST, "empty-body");
        }
        return body;
    }

    /**
     * The bytes as JSON.
     *
     * @throws ApiRefusal with 400 for anything but well-formed JSON in UTF-8 within the limits
     */
    JsonNode parse(byte[] body) {
        String text;
        try {
            // decoded here, not by the parser: it would take UTF-16 or UTF-32 too, which JSON between
            // systems must not be (RFC 8259), and it must refuse encoded surrogates
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw messages.refusal(HttpStatus.BAD_REQUEST, "invalid-utf8");
        }
        try {
            return strict.readTree(text);
        } catch (JacksonException e) {
            // the parser's message may quote the content; only the position is passed on
            var location = e.getLocation();
            throw location == null
                    ? messages.refusal(HttpStatus.BAD_REQUEST, "malformed-json", "?", "?")
                    : messages.refusal(
                            HttpStatus.BAD_REQUEST,
                            "malformed-json",
                            String.valueOf(location.getLineNr()),
                            String.valueOf(location.getColumnNr()));
        }
    }

    private void requireJson(String contentType) {
        if (contentType == null) {
            throw messages.refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "content-type");
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            Charset charset = type.getCharset();
            if (!MediaType.APPLICATION_JSON.isCompatibleWith(type)
                    || type.isWildcardType()
                    || type.isWildcardSubtype()
                    || (charset != null && !StandardCharsets.UTF_8.equals(charset))) {
                throw messages.refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "content-type");
            }
        } catch (IllegalArgumentException e) {
            // InvalidMediaTypeException, and UnsupportedCharsetException for an unknown charset
            throw messages.refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "content-type");
        }
    }

    private ApiRefusal tooLarge(long limit) {
        return messages.refusal(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", Math.max(1, limit / (1024 * 1024)));
    }
}
