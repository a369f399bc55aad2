package de.rathaus.catalog.editing;

import de.rathaus.catalog.model.CatalogDocument;
import de.rathaus.catalog.model.ContentProblem;
import de.rathaus.catalog.store.CatalogExport;
import de.rathaus.catalog.store.CatalogImport;
import de.rathaus.catalog.store.CatalogJson;
import de.rathaus.catalog.store.ImportSummary;
import de.rathaus.platform.audit.AuditLog;
import de.rathaus.platform.tenancy.CurrentTenant;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Sharing the catalogue: download the published catalogue as JSON, bring in a catalogue another
 * town shared, or services from a spreadsheet (CSV). Imports take all or nothing.
 */
@Controller
@RequestMapping("/verwaltung/katalog")
class ExchangeController {

    /** Far above a large town's catalogue (Musterstadt's is about 300 KB), far below harm. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final String JSON_FORM = "jsonImport";
    private static final String CSV_FORM = "csvImport";

    private final CatalogExport export;
    private final CatalogImport catalogImport;
    private final CatalogJson json;
    private final Editors editors;
    private final AuditLog audit;

    ExchangeController(
            CatalogExport export, CatalogImport catalogImport, CatalogJson json, Editors editors, AuditLog audit) {
        this.export = export;
        this.catalogImport = catalogImport;
        this.json = json;
        this.editors = editors;
        this.audit = audit;
    }

    @GetMapping("/export")
    ResponseEntity<String> export() {
        CatalogDocument document = export.document();
        audit.record(
                "catalog.exported",
                "catalog",
                null,
                Map.of(
                        "services", String.valueOf(document.services().size()),
                        "faqs", String.valueOf(document.faqs().size())));
        String filename = "katalog-" + CurrentTenant.get().slug() + "-" + LocalDate.now(Editors.BERLIN) + ".json";
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(json.write(document));
    }

    @GetMapping("/import/vorlage.csv")
    ResponseEntity<String> template() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("leistungen-vorlage.csv")
                                .build()
                                .toString())
                .body(ServiceCsv.template());
    }

    /** The page, after an import with what it did (the counts come back in the address). */
    @GetMapping("/import")
    String page(
            @RequestParam(name = "neu", required = false) @Nullable Integer created,
            @RequestParam(name = "aktualisiert", defaultValue = "0") int updated,
            @RequestParam(name = "unveraendert", defaultValue = "0") int unchanged,
            @RequestParam(name = "veroeffentlicht", defaultValue = "0") int published,
            Model model) {
        if (created != null) {
            model.addAttribute("summary", new ImportSummary(created, updated, unchanged, published));
        }
        model.addAttribute(JSON_FORM, Upload.empty());
        model.addAttribute(CSV_FORM, Upload.empty());
        return "catalog/editing/import";
    }

    @PostMapping("/import")
    String importJson(
            @ModelAttribute(JSON_FORM) Upload upload, BindingResult errors, Model model, HttpServletResponse response) {
        model.addAttribute(CSV_FORM, Upload.empty());
        MultipartFile file = file(upload.datei(), "datei", errors, response);
        if (file == null) {
            return "catalog/editing/import";
        }
        CatalogDocument document;
        try (InputStream in = file.getInputStream()) {
            document = json.document(in);
        } catch (CatalogJson.UnreadableJson e) {
            errors.rejectValue("datei", "catalog.editing.import.unreadable", new Object[] {e.line()}, null);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "catalog/editing/import";
        } catch (IOException e) {
            throw new IllegalStateException("reading an upload failed", e);
        }
        return switch (catalogImport.apply(document, upload.publish(), editors.author())) {
            case CatalogImport.Outcome.Imported imported -> done(imported.summary());
            case CatalogImport.Outcome.Refused refused -> {
                refusedAudit("json", refused.problems().size());
                errors.rejectValue(
                        "datei",
                        "catalog.editing.import.refused",
                        new Object[] {refused.problems().size()},
                        null);
                model.addAttribute("jsonProblems", refused.problems());
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                yield "catalog/editing/import";
            }
        };
    }

    @PostMapping("/import/csv")
    String importCsv(
            @ModelAttribute(CSV_FORM) Upload upload, BindingResult errors, Model model, HttpServletResponse response) {
        model.addAttribute(JSON_FORM, Upload.empty());
        MultipartFile file = file(upload.tabelle(), "tabelle", errors, response);
        if (file == null) {
            return "catalog/editing/import";
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.getBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            errors.rejectValue("tabelle", "catalog.editing.csv.encoding");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "catalog/editing/import";
        } catch (IOException e) {
            throw new IllegalStateException("reading an upload failed", e);
        }
        ServiceCsv.Read read = ServiceCsv.read(text);
        List<ServiceCsv.Problem> problems = read.problems();
        if (problems.isEmpty()) {
            CatalogImport.Outcome outcome = catalogImport.apply(read.document(), upload.publish(), editors.author());
            if (outcome instanceof CatalogImport.Outcome.Imported imported) {
                return done(imported.summary());
            }
            List<ContentProblem> refused = ((CatalogImport.Outcome.Refused) outcome).problems();
            problems = ServiceCsv.locate(refused, read.lines());
        }
        refusedAudit("csv", problems.size());
        errors.rejectValue("tabelle", "catalog.editing.import.refused", new Object[] {problems.size()}, null);
        model.addAttribute("csvProblems", problems);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return "catalog/editing/import";
    }

    /** The uploaded file, or null with the problem on the field when there is none or it is too big. */
    private static @Nullable MultipartFile file(
            @Nullable MultipartFile file, String field, BindingResult errors, HttpServletResponse response) {
        if (file == null || file.isEmpty()) {
            errors.rejectValue(field, "catalog.editing.import.no-file");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return null;
        }
        if (file.getSize() > MAX_BYTES) {
            errors.rejectValue(
                    "datei", "catalog.editing.import.too-large", new Object[] {MAX_BYTES / 1024 / 1024}, null);
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            return null;
        }
        return file;
    }

    private static String done(ImportSummary summary) {
        return "redirect:/verwaltung/katalog/import?neu=%d&aktualisiert=%d&unveraendert=%d&veroeffentlicht=%d"
                .formatted(summary.created(), summary.updated(), summary.unchanged(), summary.published());
    }

    private void refusedAudit(String format, int problems) {
        audit.record(
                "catalog.import-refused",
                "catalog",
                null,
                Map.of("format", format, "problems", String.valueOf(problems)));
    }
}
