package de.rathaus.catalog.editing;

import de.rathaus.catalog.store.CatalogEditing;
import de.rathaus.catalog.store.Entry;
import de.rathaus.catalog.store.EntryVersion;
import de.rathaus.catalog.store.Saved;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The pages services and FAQs share: the list with its status filter, the version history, a
 * version as citizens would see it (the preview), publishing a version and withdrawing.
 */
@Controller
@RequestMapping("/verwaltung/katalog/{section:leistungen|fragen}")
class EntriesController {

    /** A row of the list. */
    record Row(Entry entry, EntryStatus status, ZonedDateTime changed) {}

    /** A row of the version history. */
    record VersionRow(
            EntryVersion version,
            ZonedDateTime created,
            @Nullable ZonedDateTime published,
            boolean live) {}

    private final CatalogEditing editing;
    private final Previews previews;
    private final Editors editors;

    EntriesController(CatalogEditing editing, Previews previews, Editors editors) {
        this.editing = editing;
        this.previews = previews;
        this.editors = editors;
    }

    @GetMapping
    String list(@PathVariable("section") String path, @RequestParam(defaultValue = "") String status, Model model) {
        Section section = section(path);
        Optional<EntryStatus> filter = EntryStatus.byParameter(status);
        List<Row> rows = editing.entries(section.kind()).stream()
                .map(entry ->
                        new Row(entry, EntryStatus.of(entry), Objects.requireNonNull(Editors.local(entry.updatedAt()))))
                .filter(row -> filter.isEmpty() || row.status() == filter.get())
                .toList();
        model.addAttribute("section", section);
        model.addAttribute("rows", rows);
        model.addAttribute("statuses", EntryStatus.values());
        model.addAttribute("status", filter.map(EntryStatus::parameter).orElse(""));
        return "catalog/editing/list";
    }

    @GetMapping("/{id}/versionen")
    String history(
            @PathVariable("section") String path,
            @PathVariable UUID id,
            @RequestParam(name = "veroeffentlicht", required = false) @Nullable Integer published,
            Model model) {
        Section section = section(path);
        model.addAttribute("justPublished", published);
        Entry entry = entry(section, id);
        model.addAttribute("section", section);
        model.addAttribute("entry", entry);
        model.addAttribute("status", EntryStatus.of(entry));
        model.addAttribute(
                "versions",
                editing.versions(section.kind(), id).stream()
                        .map(v -> new VersionRow(
                                v,
                                Objects.requireNonNull(Editors.local(v.createdAt())),
                                Editors.local(v.publishedAt()),
                                Objects.equals(entry.publishedVersion(), v.version())))
                        .toList());
        return "catalog/editing/history";
    }

    @GetMapping("/{id}/vorschau")
    String preview(@PathVariable("section") String path, @PathVariable UUID id, Model model) {
        Section section = section(path);
        Entry entry = entry(section, id);
        return version(section, entry, entry.latestVersion(), model);
    }

    @GetMapping("/{id}/versionen/{version}")
    String version(
            @PathVariable("section") String path, @PathVariable UUID id, @PathVariable int version, Model model) {
        Section section = section(path);
        return version(section, entry(section, id), version, model);
    }

    @PostMapping("/{id}/veroeffentlichen")
    String publish(
            @PathVariable("section") String path,
            @PathVariable UUID id,
            @RequestParam int version,
            Model model,
            HttpServletResponse response) {
        Section section = section(path);
        Entry entry = entry(section, id);
        if (version < 1 || version > entry.latestVersion()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Saved saved = editing.publish(section.kind(), id, version, editors.author());
        if (saved instanceof Saved.Refused refused) {
            // e.g. the office it names is gone since the version was saved
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("refused", refused.problems());
            return version(section, entry, version, model);
        }
        return "redirect:" + section.base() + "/" + id + "/versionen?veroeffentlicht=" + version;
    }

    @PostMapping("/{id}/zurueckziehen")
    String withdraw(@PathVariable("section") String path, @PathVariable UUID id) {
        Section section = section(path);
        entry(section, id);
        editing.withdraw(section.kind(), id, editors.author());
        return "redirect:" + section.base() + "/" + id + "/versionen?zurueckgezogen";
    }

    private String version(Section section, Entry entry, int version, Model model) {
        Optional<? extends Record> preview = switch (section) {
            case SERVICES -> editing.serviceVersion(entry.id(), version).map(previews::service);
            case FAQS -> editing.faqVersion(entry.id(), version).map(previews::faq);
        };
        model.addAttribute("section", section);
        model.addAttribute("entry", entry);
        model.addAttribute("status", EntryStatus.of(entry));
        model.addAttribute("version", version);
        model.addAttribute("live", Objects.equals(entry.publishedVersion(), version));
        model.addAttribute("preview", preview.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "catalog/editing/version";
    }

    private Entry entry(Section section, UUID id) {
        return editing.entry(section.kind(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static Section section(String path) {
        return Section.byPath(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
