package de.rathaus.platform.documents;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.Diagnostic;
import de.rathaus.platform.tenancy.CurrentTenant;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to an archivable, accessible PDF: PDF/A-2a (tagged) and PDF/UA-1,
 * with Liberation fonts embedded, the sRGB output intent, the document's language from the
 * template's {@code <html lang>} and its title from {@code <title>}.
 *
 * <p>The template must be well-formed XHTML (close every element, {@code <br/>}), carry its print
 * stylesheet in a {@code <style>} block, and load nothing from outside: links to stylesheets,
 * images or fonts are refused, so a document never depends on, or leaks to, another server.
 * Headings in order, table header cells and {@code alt} texts are what makes the tags useful.
 */
@Service
public class PdfDocuments {

    private static final PdfAConformance CONFORMANCE = PdfAConformance.PDFA_2_A;

    private final ITemplateEngine templates;
    private final DocumentFonts fonts;
    private final byte[] srgb;

    PdfDocuments(ITemplateEngine templates) {
        this.templates = templates;
        this.fonts = new DocumentFonts();
        this.srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    /**
     * Renders a template (e.g. {@code forms/receipt/receipt}) with a model. The model also gets
     * {@code town}, the current tenant, for the letterhead, unless the caller set one.
     *
     * @param locale the language of the messages the template reads
     * @return the PDF's bytes
     * @throws DocumentFailed when the template does not render to a valid document
     */
    public byte[] render(String template, Map<String, Object> model, Locale locale) {
        Map<String, Object> variables = new HashMap<>(model);
        CurrentTenant.find().ifPresent(town -> variables.putIfAbsent("town", town));
        String xhtml = templates.process(template, new Context(locale, variables));
        return toPdf(template, xhtml);
    }

    private byte[] toPdf(String template, String xhtml) {
        var out = new ByteArrayOutputStream(64 * 1024);
        List<String> errors = new ArrayList<>();
        var builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfAConformance(CONFORMANCE)
                .usePdfUaAccessibility(true)
                .useColorProfile(srgb)
                .withProducer("Rathaus")
                .useExternalResourceAccessControl(
                        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(
                        (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withDiagnosticConsumer(diagnostic -> collectError(diagnostic, errors))
                .withHtmlContent(xhtml, null)
                .toStream(out);
        fonts.registerWith(builder);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the document " + template, e);
        } catch (RuntimeException e) {
            throw new DocumentFailed(template, e.getMessage(), e);
        }
        if (!errors.isEmpty()) {
            throw new DocumentFailed(template, String.join("; ", errors), null);
        }
        return out.toByteArray();
    }

    private static void collectError(Diagnostic diagnostic, List<String> errors) {
        if (diagnostic.getLevel().intValue() >= Level.SEVERE.intValue()) {
            errors.add(diagnostic.getFormattedMessage());
        }
    }

    /** A template that does not make a document: a programming error, not bad input. */
    public static final class DocumentFailed extends RuntimeException {
        DocumentFailed(String template, @Nullable String reason, @Nullable Throwable cause) {
            super("The document " + template + " could not be rendered: " + reason, cause);
        }
    }
}
