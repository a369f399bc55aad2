package de.rathaus.forms.editor;

import de.rathaus.forms.FormId;
import de.rathaus.forms.library.Author;
import de.rathaus.forms.library.FormEditing;
import de.rathaus.forms.library.Saved;
import de.rathaus.identity.CurrentAccount;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Sharing forms between towns: a form downloads as its {@code rathaus-form/1} document; an
 * uploaded document becomes a draft here, all or nothing, for an editor to look at before
 * publishing.
 */
@Controller
@RequestMapping(FormPaths.LIST)
class FormExchangeController {

    /** A form document is a few kilobytes; this leaves room for very large ones. */
    static final long MAX_FILE_BYTES = 1_000_000;

    private static final String TEMPLATE = "forms/editor/import";

    private final FormEditing editing;
    private final ProblemTexts texts;
    private final CurrentAccount account;

    FormExchangeController(FormEditing editing, ProblemTexts texts, CurrentAccount account) {
        this.editing = editing;
        this.texts = texts;
        this.account = account;
    }

    @ModelAttribute("staffArea")
    boolean staffArea() {
        return true;
    }

    @GetMapping("/{id}/export.json")
    ResponseEntity<String> export(@PathVariable UUID id) {
        FormId form = new FormId(id);
        String key =
                EditorPage.versionsOf(editing, form).getFirst().definition().key();
        String document = editing.export(form).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(key + ".json")
                                .build()
                                .toString())
                .body(document);
    }

    @GetMapping("/import")
    String importPage(Model model) {
        model.addAttribute("problems", List.of());
        model.addAttribute("summary", List.of());
        return TEMPLATE;
    }

    @PostMapping("/import")
    String importForm(
            @RequestParam(name = "datei", required = false) @Nullable MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        List<Problem> problems;
        if (file == null || file.isEmpty()) {
            problems = texts.of("", "forms.editor.import.no-file");
        } else if (file.getSize() > MAX_FILE_BYTES) {
            problems = texts.of("", "forms.editor.import.too-large", MAX_FILE_BYTES / 1_000_000);
        } else {
            String document = utf8(file.getBytes());
            if (document == null) {
                problems = texts.of("", "forms.editor.import.not-utf8");
            } else {
                switch (editing.importForm(document, Author.of(account.get()))) {
                    case Saved.Stored stored -> {
                        return "redirect:" + FormPaths.form(stored.id()) + "?importiert=" + stored.version();
                    }
                    case Saved.Refused refused -> problems = texts.of(refused.problems());
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("problems", problems);
        // the summary links to the file input; the table below names each problem's place
        model.addAttribute("summary", List.of(texts.summary("datei", "forms.editor.import.refused", problems.size())));
        return TEMPLATE;
    }

    /** The file as text; {@code null} unless it is UTF-8 (a leading byte order mark is dropped). */
    private static @Nullable String utf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
