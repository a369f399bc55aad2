package de.rathaus.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

class PdfDocumentsTest {

    private static final PdfDocuments DOCUMENTS = new PdfDocuments(engine());

    @Test
    void rendersAnArchivableTaggedGermanDocumentWithEmbeddedFonts() {
        byte[] pdf = DOCUMENTS.render("documents/test-sample", sample(), Locale.GERMAN);

        PdfChecks.assertTaggedGermanDocument(pdf, "Eingangsbestätigung für Jürgen Größe");
        PdfChecks.assertArchivableAndAccessible(pdf);
        assertThat(PdfChecks.text(pdf))
                .contains("Eingangsbestätigung für Jürgen Größe")
                .contains("Straße und Hausnummer")
                .contains("Äußere Weißenburger Straße 5")
                .contains("37,00 €");
    }

    @Test
    void loadsNothingFromOutside() throws IOException {
        var requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            byte[] pdf = DOCUMENTS.render(
                    "documents/test-outside",
                    Map.of("image", base + "/pixel.png", "stylesheet", base + "/print.css"),
                    Locale.GERMAN);

            assertThat(PdfChecks.text(pdf)).contains("Ohne Bild");
        } finally {
            server.stop(0);
        }
        assertThat(requests).hasValue(0);
    }

    @Test
    void aTemplateThatIsNotWellFormedFailsLoudly() {
        assertThatThrownBy(() -> DOCUMENTS.render("documents/test-broken", Map.of(), Locale.GERMAN))
                .isInstanceOf(PdfDocuments.DocumentFailed.class)
                .hasMessageContaining("documents/test-broken");
    }

    private static Map<String, Object> sample() {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Name", "Jürgen Größe");
        rows.put("Straße und Hausnummer", "Äußere Weißenburger Straße 5");
        rows.put("Gebühr", "37,00 €");
        return Map.of(
                "heading", "Eingangsbestätigung für Jürgen Größe",
                "text", "Wir haben Ihren Antrag erhalten. Prüfen Sie bitte die Angaben.",
                "rows", rows.entrySet());
    }

    private static SpringTemplateEngine engine() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
