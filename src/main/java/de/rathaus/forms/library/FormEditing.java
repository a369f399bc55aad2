package de.rathaus.forms.library;

import com.fasterxml.uuid.Generators;
import de.rathaus.catalog.Catalog;
import de.rathaus.catalog.ServiceSummary;
import de.rathaus.forms.FormId;
import de.rathaus.forms.definition.CheckedDefinition;
import de.rathaus.forms.definition.DefinitionCheck;
import de.rathaus.forms.definition.DefinitionProblem;
import de.rathaus.forms.definition.FormDefinition;
import de.rathaus.forms.definition.FormJson;
import de.rathaus.platform.audit.AuditLog;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors do with the town's forms: save a draft from the JSON editor, publish a version,
 * withdraw a form, look at its versions, and exchange forms with other towns (export, import).
 * Every document is checked before anything is stored, and every change is in the audit log.
 */
@Service
@Transactional
public class FormEditing {

    private final FormVersions versions;
    private final Definitions definitions;
    private final DefinitionCheck check;
    private final FormJson json;
    private final Catalog catalog;
    private final AuditLog audit;

    FormEditing(
            FormVersions versions,
            Definitions definitions,
            DefinitionCheck check,
            FormJson json,
            Catalog catalog,
            AuditLog audit) {
        this.versions = versions;
        this.definitions = definitions;
        this.check = check;
        this.json = json;
        this.catalog = catalog;
        this.audit = audit;
    }

    /** The problems of a document in this town (also: its service must be in the catalogue); empty when it is fine. */
    @Transactional(readOnly = true)
    public List<DefinitionProblem> problems(String document) {
        return switch (check.check(document)) {
            case CheckedDefinition.Invalid invalid -> invalid.problems();
            case CheckedDefinition.Valid valid -> townProblems(valid.definition());
        };
    }

    /**
     * Stores a document as the draft of the form with its key: the form is created on its first
     * save, an existing draft is replaced, otherwise the draft becomes the next version.
     */
    public Saved saveDraft(String document, Author author) {
        return store(document, author, "form.draft-saved");
    }

    /**
     * Takes a form from another town (an {@link #export}): checked like a save and stored as a draft
     * (replacing the draft of a form with the same key), so an editor looks at it before publishing.
     * Nothing is stored when anything is wrong.
     */
    public Saved importForm(String document, Author author) {
        return store(document, author, "form.imported");
    }

    private Saved store(String document, Author author, String action) {
        FormDefinition definition;
        switch (check.check(document)) {
            case CheckedDefinition.Invalid invalid -> {
                return new Saved.Refused(invalid.problems());
            }
            case CheckedDefinition.Valid valid -> definition = valid.definition();
        }
        Optional<ServiceSummary> service = service(definition.service());
        if (service.isEmpty()) {
            return new Saved.Refused(townProblems(definition));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID serviceId = service.get().id().value();
        UUID formId = versions.lockOrCreate(
                definition.key(), Generators.timeBasedEpochGenerator().generate(), serviceId, now);
        String text = json.write(definition);
        Optional<FormVersions.Meta> draft = versions.draft(formId);
        int version;
        if (draft.isPresent()) {
            version = draft.get().version();
            versions.replaceDraft(formId, version, serviceId, text, author.pseudonym(), now);
        } else {
            version = versions.latestVersion(formId) + 1;
            versions.insertDraft(formId, version, serviceId, text, author.pseudonym(), now);
        }
        audit.record(action, "form", formId.toString(), Map.of("key", definition.key(), "version", "" + version));
        return new Saved.Stored(new FormId(formId), version);
    }

    /**
     * Publishes a version: citizens fill it in from now on, and the version published before is
     * retired. Checked again, since the catalogue may have changed since the draft was saved.
     * Publishing the published version again changes nothing.
     */
    public Saved publish(FormId id, int version) {
        if (!versions.lock(id.value())) {
            return refused("", "forms.library.unknown-form");
        }
        Optional<FormVersions.Meta> meta = versions.version(id.value(), version);
        if (meta.isEmpty()) {
            return refused("", "forms.library.unknown-version", version);
        }
        if (meta.get().status() == VersionStatus.PUBLISHED) {
            return new Saved.Stored(id, version);
        }
        FormDefinition definition = definitions.of(meta.get());
        List<DefinitionProblem> problems = new ArrayList<>(DefinitionCheck.problems(definition));
        problems.addAll(townProblems(definition));
        if (!problems.isEmpty()) {
            return new Saved.Refused(problems);
        }
        versions.publish(
                id.value(),
                version,
                service(definition.service()).orElseThrow().id().value(),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        audit.record("form.published", "form", id.value().toString(), Map.of("version", "" + version));
        return new Saved.Stored(id, version);
    }

    /** Takes the form offline: no version is published any more (drafts and history stay). */
    public boolean withdraw(FormId id) {
        if (!versions.lock(id.value()) || versions.retirePublished(id.value()) == 0) {
            return false;
        }
        audit.record("form.withdrawn", "form", id.value().toString(), Map.of());
        return true;
    }

    /** The town's forms for the editors' list, by title. */
    @Transactional(readOnly = true)
    public List<FormSummary> forms() {
        return versions.summaries();
    }

    /** All versions of a form, newest first; empty for a form of another town. */
    @Transactional(readOnly = true)
    public List<FormVersion> versions(FormId id) {
        return versions.versions(id.value()).stream().map(this::version).toList();
    }

    @Transactional(readOnly = true)
    public Optional<FormVersion> version(FormId id, int version) {
        return versions(id).stream().filter(v -> v.version() == version).findFirst();
    }

    /** The version being edited, if there is one. */
    @Transactional(readOnly = true)
    public Optional<FormVersion> draft(FormId id) {
        return versions(id).stream()
                .filter(v -> v.status() == VersionStatus.DRAFT)
                .findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<FormId> byKey(String key) {
        return versions.formIdByKey(key).map(FormId::new);
    }

    /** The form as a {@code rathaus-form/1} document for another town: the published version, else the newest. */
    @Transactional(readOnly = true)
    public Optional<String> export(FormId id) {
        List<FormVersion> all = versions(id);
        return all.stream()
                .filter(v -> v.status() == VersionStatus.PUBLISHED)
                .findFirst()
                .or(() -> all.stream().findFirst())
                .map(v -> json.write(v.definition()));
    }

    private FormVersion version(FormVersions.Row row) {
        return new FormVersion(
                new FormId(row.meta().formId()),
                row.meta().version(),
                row.meta().status(),
                definitions.of(row),
                row.createdAt(),
                row.createdBy(),
                row.meta().publishedAt());
    }

    /** What a definition needs in this town beyond its own rules: the service it belongs to. */
    private List<DefinitionProblem> townProblems(FormDefinition definition) {
        return service(definition.service()).isPresent()
                ? List.of()
                : List.of(new DefinitionProblem(
                        "/service", "forms.definition.unknown-service", List.of(definition.service())));
    }

    private Optional<ServiceSummary> service(String slug) {
        return catalog.services().stream()
                .filter(service -> service.slug().equals(slug))
                .findFirst();
    }

    private static Saved refused(String path, String code, Object... arguments) {
        return new Saved.Refused(List.of(new DefinitionProblem(path, code, List.of(arguments))));
    }
}
