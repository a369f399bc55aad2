package de.rathaus.platform.files;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Hands a stored file to a browser as a download, never to be shown inline: a controller returns
 * {@code files.open(id).map(Downloads::attachment).orElseThrow(...)} (a 404 for a file that is
 * missing, another town's or in quarantine). The response names the detected type, except for
 * types a browser would run (HTML, SVG, XML, scripts), which go out as
 * {@code application/octet-stream}; {@code X-Content-Type-Options: nosniff} stops the browser from
 * guessing otherwise, and nothing is cached, since uploads carry personal data.
 */
public final class Downloads {

    private static final Set<String> ACTIVE_TYPES = Set.of(
            "text/html",
            "text/javascript",
            "text/ecmascript",
            "text/xml",
            "text/xsl",
            "application/javascript",
            "application/x-javascript",
            "application/ecmascript",
            "application/xml",
            "application/x-shockwave-flash");

    private Downloads() {}

    public static ResponseEntity<Resource> attachment(FileContent content) {
        StoredFile file = content.file();
        return ResponseEntity.ok()
                .contentType(servedType(file.mediaType()))
                .contentLength(file.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(new InputStreamResource(content::openStream, file.name()));
    }

    /** The type to announce: the detected one, unless a browser would execute it. */
    static MediaType servedType(String detected) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(detected);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
        String base = type.getType() + "/" + type.getSubtype();
        boolean active = ACTIVE_TYPES.contains(base) || type.getSubtype().endsWith("+xml");
        return active ? MediaType.APPLICATION_OCTET_STREAM : new MediaType(type.getType(), type.getSubtype());
    }
}
