package de.rathaus.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void keepsOnlyTheLastPathElement() {
        assertThat(FileNames.clean("C:\\Users\\Eva\\Dokumente\\Meldebescheinigung.pdf"))
                .isEqualTo("Meldebescheinigung.pdf");
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
    }

    @Test
    void removesInvisibleCharactersThatDisguiseTheExtension() {
        assertThat(FileNames.clean("rechnung\u202Efdp.exe")).isEqualTo("rechnungfdp.exe");
        assertThat(FileNames.clean("a\u0000b\nc.pdf")).isEqualTo("abc.pdf");
    }

    @Test
    void keepsGermanLettersAndTidiesSpaces() {
        assertThat(FileNames.clean("  Größe   der Fläche.pdf ")).isEqualTo("Größe der Fläche.pdf");
    }

    @Test
    void givesNamelessFilesAName() {
        assertThat(FileNames.clean("")).isEqualTo("datei");
        assertThat(FileNames.clean("C:\\fakepath\\")).isEqualTo("datei");
        assertThat(FileNames.clean("..")).isEqualTo("datei");
    }

    @Test
    void shortensLongNamesButKeepsTheExtension() {
        String cleaned = FileNames.clean("a".repeat(500) + ".pdf");

        assertThat(cleaned).hasSize(200).endsWith("a.pdf");
    }
}
