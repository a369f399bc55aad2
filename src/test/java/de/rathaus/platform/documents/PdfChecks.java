package de.rathaus.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontLike;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Checks that a generated document is what {@link PdfDocuments} promises: veraPDF finds it
 * compliant with PDF/A-2a and PDF/UA-1, and PDFBox sees the parts those rest on.
 */
public final class PdfChecks {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {}

    /** Fails with veraPDF's failed rules unless the PDF is PDF/A-2a and PDF/UA-1 compliant. */
    public static void assertArchivableAndAccessible(byte[] pdf) {
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1)) {
            ValidationResult result = validate(pdf, flavour);
            assertThat(failures(result)).as("veraPDF %s", flavour).isEmpty();
            assertThat(result.isCompliant()).as("veraPDF %s", flavour).isTrue();
        }
    }

    /**
     * The structure veraPDF's rules rest on, read with PDFBox: the PDF/A identification in the XMP
     * metadata, tagged content, the language, the title shown as window title, the sRGB output
     * intent and every font embedded.
     */
    public static void assertTaggedGermanDocument(byte[] pdf, String title) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(>|=\")2").containsPattern("pdfaid:conformance(>|=\")A");
            assertThat(xmp).contains("pdfuaid:part");
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("de");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(title);
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(catalog.getOutputIntents())
                    .singleElement()
                    .satisfies(
                            intent -> assertThat(intent.getDestOutputIntent()).isNotNull());
            assertThat(structureTypes(document)).contains("H1", "H2", "Table", "TH", "TD");
            assertThat(fonts(document))
                    .isNotEmpty()
                    .allSatisfy(font -> assertThat(font.isEmbedded())
                            .as("font %s embedded", font.getName())
                            .isTrue());
        } catch (IOException e) {
            throw new AssertionError("Not a readable PDF", e);
        }
    }

    /** The document's subject (its description in the XMP metadata). */
    public static String subject(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getDocumentInformation().getSubject();
        } catch (IOException e) {
            throw new AssertionError("Not a readable PDF", e);
        }
    }

    /** The text of the document, as a screen reader or a search would extract it. */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new AssertionError("Not a readable PDF", e);
        }
    }

    private static ValidationResult validate(byte[] pdf, PDFAFlavour flavour) {
        var foundry = Foundries.defaultInstance();
        try (var parser = foundry.createParser(new ByteArrayInputStream(pdf), flavour);
                var validator = foundry.createValidator(flavour, false)) {
            return validator.validate(parser);
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the document", e);
        }
    }

    private static List<String> failures(ValidationResult result) {
        return result.getTestAssertions().stream()
                .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                .map(assertion -> assertion.getRuleId().getClause() + "-"
                        + assertion.getRuleId().getTestNumber() + ": " + assertion.getMessage())
                .distinct()
                .collect(Collectors.toList());
    }

    private static List<String> structureTypes(PDDocument document) {
        List<String> types = new ArrayList<>();
        collect(document.getDocumentCatalog().getStructureTreeRoot(), types);
        return types;
    }

    private static void collect(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                collect(element, types);
            }
        }
    }

    private static List<PDFontLike> fonts(PDDocument document) throws IOException {
        List<PDFontLike> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                fonts.add(font instanceof PDType0Font type0 ? (PDFontLike) type0.getDescendantFont() : font);
            }
        }
        return fonts;
    }
}
