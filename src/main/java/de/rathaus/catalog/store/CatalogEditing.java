package de.rathaus.catalog.store;

import de.rathaus.catalog.model.ContentProblem;
import de.rathaus.catalog.model.ContentRules;
import de.rathaus.catalog.model.FaqContent;
import de.rathaus.catalog.model.ServiceContent;
import de.rathaus.platform.audit.AuditLog;
import de.rathaus.platform.tenancy.Offices;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors do with services and FAQs: create, save new versions, publish a version, withdraw.
 * Content is checked against {@link ContentRules} before anything is stored, and every change is
 * in the audit log.
 */
@Service
@Transactional
public class CatalogEditing {

    private final Entries entries;
    private final Publication publication;
    private final Offices offices;
    private final LifeSituations lifeSituations;
    private final CatalogJson json;
    private final AuditLog audit;

    CatalogEditing(
            Entries entries,
            Publication publication,
            Offices offices,
            LifeSituations lifeSituations,
            CatalogJson json,
            AuditLog audit) {
        this.entries = entries;
        this.publication = publication;
        this.offices = offices;
        this.lifeSituations = lifeSituations;
        this.json = json;
        this.audit = audit;
    }

    /** What content stored in the current town may refer to. */
    public ContentRules.References references() {
        return new ContentRules.References() {
            @Override
            public boolean hasOffice(String slug) {
                return offices.bySlug(slug).isPresent();
            }

            @Override
            public boolean hasLifeSituation(String slug) {
                return lifeSituations.bySlug(slug).isPresent();
            }

            @Override
            public boolean hasService(String slug) {
                return entries.findBySlug(EntryKind.SERVICE, slug).isPresent();
            }
        };
    }

    @Transactional(readOnly = true)
    public List<Entry> entries(EntryKind kind) {
        return entries.all(kind);
    }

    @Transactional(readOnly = true)
    public Optional<Entry> entry(EntryKind kind, UUID id) {
        return entries.find(kind, id);
    }

    @Transactional(readOnly = true)
    public Optional<Entry> entryBySlug(EntryKind kind, String slug) {
        return entries.findBySlug(kind, slug);
    }

    @Transactional(readOnly = true)
    public List<EntryVersion> versions(EntryKind kind, UUID id) {
        return entries.find(kind, id).map(e -> entries.versions(id)).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public Optional<ServiceContent> serviceVersion(UUID id, int version) {
        return entries.find(EntryKind.SERVICE, id)
                .flatMap(e -> entries.content(id, version))
                .map(text -> json.read(text, ServiceContent.class));
    }

    @Transactional(readOnly = true)
    public Optional<FaqContent> faqVersion(UUID id, int version) {
        return entries.find(EntryKind.FAQ, id)
                .flatMap(e -> entries.content(id, version))
                .map(text -> json.read(text, FaqContent.class));
    }

    public Saved createService(String slug, ServiceContent content, Author author) {
        List<ContentProblem> problems = new ArrayList<>(slugProblems(EntryKind.SERVICE, slug));
        problems.addAll(ContentRules.check(content, references()));
        return create(EntryKind.SERVICE, slug, content, problems, author);
    }

    public Saved saveService(UUID id, ServiceContent content, Author author) {
        return save(EntryKind.SERVICE, id, content, ContentRules.check(content, references()), author);
    }

    public Saved createFaq(String slug, FaqContent content, Author author) {
        List<ContentProblem> problems = new ArrayList<>(slugProblems(EntryKind.FAQ, slug));
        problems.addAll(ContentRules.check(content, references()));
        return create(EntryKind.FAQ, slug, content, problems, author);
    }

    public Saved saveFaq(UUID id, FaqContent content, Author author) {
        return save(EntryKind.FAQ, id, content, ContentRules.check(content, references()), author);
    }

    /**
     * Makes {@code version} the one citizens see. The content is checked again, since an office
     * or life situation it names may have gone since it was saved.
     */
    public Saved publish(EntryKind kind, UUID id, int version, Author author) {
        Entry entry = entries.find(kind, id).orElseThrow(() -> new IllegalArgumentException("no such entry"));
        String text = entries.content(id, version).orElseThrow(() -> new IllegalArgumentException("no such version"));
        List<ContentProblem> problems;
        if (kind == EntryKind.SERVICE) {
            ServiceContent service = json.read(text, ServiceContent.class);
            problems = ContentRules.check(service, references());
            if (problems.isEmpty()) {
                publication.publish(id, entry.slug(), service);
            }
        } else {
            FaqContent faq = json.read(text, FaqContent.class);
            problems = ContentRules.check(faq, references());
            if (problems.isEmpty()) {
                publication.publish(id, entry.slug(), faq);
            }
        }
        if (!problems.isEmpty()) {
            return new Saved.Refused(problems);
        }
        entries.markPublished(id, version);
        record(kind, "published", id, author, version);
        return new Saved.Stored(id, version);
    }

    /** Takes the entry off the public pages; its versions stay. */
    public void withdraw(EntryKind kind, UUID id, Author author) {
        Entry entry = entries.find(kind, id).orElseThrow(() -> new IllegalArgumentException("no such entry"));
        if (entry.isPublished()) {
            publication.withdraw(kind, id);
            entries.markWithdrawn(id);
            record(kind, "withdrawn", id, author, entry.latestVersion());
        }
    }

    private Saved create(EntryKind kind, String slug, Object content, List<ContentProblem> problems, Author author) {
        if (!problems.isEmpty()) {
            return new Saved.Refused(problems);
        }
        UUID id = entries.create(kind, slug, json.write(content), author);
        record(kind, "created", id, author, 1);
        return new Saved.Stored(id, 1);
    }

    private Saved save(EntryKind kind, UUID id, Object content, List<ContentProblem> problems, Author author) {
        if (entries.find(kind, id).isEmpty()) {
            throw new IllegalArgumentException("no such entry");
        }
        if (!problems.isEmpty()) {
            return new Saved.Refused(problems);
        }
        int version = entries.addVersion(id, json.write(content), author);
        record(kind, "saved", id, author, version);
        return new Saved.Stored(id, version);
    }

    private List<ContentProblem> slugProblems(EntryKind kind, String slug) {
        if (!ContentRules.isSlug(slug)) {
            return List.of(new ContentProblem("slug", "catalog.invalid.slug"));
        }
        if (entries.findBySlug(kind, slug).isPresent()) {
            return List.of(new ContentProblem("slug", "catalog.invalid.slug-taken"));
        }
        return List.of();
    }

    private void record(EntryKind kind, String what, UUID id, Author author, int version) {
        audit.record(
                "catalog." + kind.name().toLowerCase() + "." + what,
                kind.name().toLowerCase(),
                id.toString(),
                Map.of("version", String.valueOf(version), "author", author.name()));
    }
}
