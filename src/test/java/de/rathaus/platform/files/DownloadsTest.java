package de.rathaus.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class DownloadsTest {

    @Test
    void servesAsAnAttachmentWithTheDetectedTypeAndNoSniffing() throws Exception {
        byte[] pdf = Samples.pdf();

        ResponseEntity<Resource> response = Downloads.attachment(content("Bescheid für Eva.pdf", FileTypes.PDF, pdf));

        var headers = response.getHeaders();
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(headers.getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(headers.getContentLength()).isEqualTo(pdf.length);
        assertThat(headers.getContentDisposition().isAttachment()).isTrue();
        assertThat(headers.getContentDisposition().getFilename()).isEqualTo("Bescheid für Eva.pdf");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getCacheControl()).contains("no-store");
        assertThat(response.getBody().getInputStream().readAllBytes()).isEqualTo(pdf);
    }

    @Test
    void neverAnnouncesATypeABrowserWouldRun() {
        for (String active : new String[] {
            "text/html", "image/svg+xml", "application/xhtml+xml", "text/javascript", "application/xml", "text/xml"
        }) {
            assertThat(Downloads.servedType(active)).as(active).isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
        }
        assertThat(Downloads.servedType("image/png")).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(Downloads.servedType("text/plain")).isEqualTo(MediaType.TEXT_PLAIN);
        assertThat(Downloads.servedType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .isEqualTo(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        assertThat(Downloads.servedType("kein typ")).isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
    }

    @Test
    void anHtmlUploadIsOfferedAsAPlainDownload() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        ResponseEntity<Resource> response = Downloads.attachment(content("seite.html", "text/html", html));

        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
        assertThat(response.getHeaders().getContentDisposition().isAttachment()).isTrue();
    }

    private static FileContent content(String name, String type, byte[] bytes) {
        var file = new StoredFile(
                FileId.next(), name, bytes.length, type, "0".repeat(64), ScanStatus.CLEAN, null, Instant.now());
        return new FileContent(file, () -> new ByteArrayInputStream(bytes));
    }
}
