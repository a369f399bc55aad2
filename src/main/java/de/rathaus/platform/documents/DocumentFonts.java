package de.rathaus.platform.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;

/**
 * The fonts documents are set in: Liberation Sans and Serif (metric-compatible with Arial and Times,
 * free to embed), read once from the {@code openpdf-fonts-extra} jar. PDF/A needs every font
 * embedded, so a document may use only these families; the PDF's standard fonts are never used.
 */
final class DocumentFonts {

    static final String SANS = "Liberation Sans";
    static final String SERIF = "Liberation Serif";

    private record Face(String family, int weight, FontStyle style, byte[] data) {}

    private final List<Face> faces;

    DocumentFonts() {
        this.faces = List.of(
                face(SANS, 400, FontStyle.NORMAL, "LiberationSans-Regular"),
                face(SANS, 700, FontStyle.NORMAL, "LiberationSans-Bold"),
                face(SANS, 400, FontStyle.ITALIC, "LiberationSans-Italic"),
                face(SANS, 700, FontStyle.ITALIC, "LiberationSans-BoldItalic"),
                face(SERIF, 400, FontStyle.NORMAL, "LiberationSerif-Regular"),
                face(SERIF, 700, FontStyle.NORMAL, "LiberationSerif-Bold"),
                face(SERIF, 400, FontStyle.ITALIC, "LiberationSerif-Italic"),
                face(SERIF, 700, FontStyle.ITALIC, "LiberationSerif-BoldItalic"));
    }

    /**
     * Registers every face with a renderer; only the glyphs a document uses are embedded. Liberation
     * Sans is also the final fallback: text in a font nobody registered (the renderer's default
     * {@code serif}, say) would otherwise be left out of a PDF/A, which may not use unembedded fonts.
     */
    void registerWith(PdfRendererBuilder builder) {
        for (Face face : faces) {
            Set<FSFontUseCase> uses = face.family().equals(SANS)
                    ? EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL)
                    : EnumSet.of(FSFontUseCase.DOCUMENT);
            builder.useFont(
                    () -> new ByteArrayInputStream(face.data()),
                    face.family(),
                    face.weight(),
                    face.style(),
                    true,
                    uses);
        }
    }

    private static Face face(String family, int weight, FontStyle style, String file) {
        var resource = new ClassPathResource("liberation/" + file + ".ttf");
        try (InputStream in = resource.getInputStream()) {
            return new Face(family, weight, style, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + file + " is missing from the classpath", e);
        }
    }
}
