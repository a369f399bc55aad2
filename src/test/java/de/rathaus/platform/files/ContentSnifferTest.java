package de.rathaus.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

    private final ContentSniffer sniffer = new ContentSniffer();

    @Test
    void recognisesDocumentsAndImagesByTheirBytes() {
        assertThat(sniffer.detect(Samples.pdf(), "antrag.pdf")).isEqualTo(FileTypes.PDF);
        assertThat(sniffer.detect(Samples.jpeg(), "foto.jpg")).isEqualTo(FileTypes.JPEG);
        assertThat(sniffer.detect(Samples.png(), "scan.png")).isEqualTo(FileTypes.PNG);
        // a wrong or missing extension does not hide what the bytes are
        assertThat(sniffer.detect(Samples.png(), "scan.pdf")).isEqualTo(FileTypes.PNG);
        assertThat(sniffer.detect(Samples.pdf(), "antrag")).isEqualTo(FileTypes.PDF);
    }

    @Test
    void anHtmlPageNamedPdfIsHtml() {
        assertThat(sniffer.detect(Samples.html(), "bescheid.pdf")).isEqualTo("text/html");
    }

    @Test
    void bytesWithoutSignatureAreNotBelievedToBeWhatTheirNameSays() {
        byte[] junk = {0x01, 0x02, 0x03, 0x04, 0x05, 0x00, 0x00, (byte) 0xc8, 0x11};

        assertThat(sniffer.detect(junk, "antrag.pdf")).isEqualTo("application/octet-stream");
    }

    @Test
    void theNameRefinesWhatTheBytesSay() {
        byte[] csv = "Name;Straße\nMuster;Marktplatz 1\n".getBytes(StandardCharsets.UTF_8);

        assertThat(sniffer.detect(csv, "liste.csv")).isEqualTo("text/csv");
        assertThat(sniffer.detect(csv, "liste.pdf")).isEqualTo("text/plain");
    }

    @Test
    void namesFormatsAsPeopleKnowThem() {
        assertThat(sniffer.formatNames(List.of(FileTypes.PNG, FileTypes.PDF, FileTypes.JPEG)))
                .containsExactly("JPG", "PDF", "PNG");
    }
}
