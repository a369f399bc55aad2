package de.rathaus.catalog.store;

import de.rathaus.catalog.model.CatalogDocument;
import de.rathaus.catalog.model.ContentProblem;
import de.rathaus.catalog.model.ContentRules;
import de.rathaus.catalog.model.FaqEntry;
import de.rathaus.catalog.model.LifeSituationData;
import de.rathaus.catalog.model.LocationData;
import de.rathaus.catalog.model.OfficeData;
import de.rathaus.catalog.model.ServiceEntry;
import de.rathaus.platform.audit.AuditLog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a whole catalogue into the current town: all of it or nothing. Everything is checked
 * first; services and FAQs that exist (same slug) get a new version, so nothing an editor wrote
 * is overwritten.
 */
@Service
public class CatalogImport {

    /** The outcome of an import. */
    public sealed interface Outcome {
        record Imported(ImportSummary summary) implements Outcome {}

        /** Nothing imported; fields are paths into the document, e.g. {@code services[3].content.name}. */
        record Refused(List<ContentProblem> problems) implements Outcome {}
    }

    private final CatalogEditing editing;
    private final LifeSituations lifeSituations;
    private final Locations locations;
    private final OfficeProfiles offices;
    private final Holidays holidays;
    private final Entries entries;
    private final CatalogJson json;
    private final AuditLog audit;

    CatalogImport(
            CatalogEditing editing,
            LifeSituations lifeSituations,
            Locations locations,
            OfficeProfiles offices,
            Holidays holidays,
            Entries entries,
            CatalogJson json,
            AuditLog audit) {
        this.editing = editing;
        this.lifeSituations = lifeSituations;
        this.locations = locations;
        this.offices = offices;
        this.holidays = holidays;
        this.entries = entries;
        this.json = json;
        this.audit = audit;
    }

    /**
     * @param publish whether imported services and FAQs go live at once, or wait as drafts
     */
    @Transactional
    public Outcome apply(CatalogDocument document, boolean publish, Author author) {
        List<ContentProblem> problems = check(document);
        if (!problems.isEmpty()) {
            return new Outcome.Refused(problems);
        }
        if (document.federalState() != null) {
            holidays.setFederalState(document.federalState());
        }
        if (!document.localHolidays().isEmpty()) {
            holidays.replaceLocal(document.localHolidays());
        }
        document.lifeSituations().forEach(lifeSituations::save);
        document.locations().forEach(locations::save);
        document.offices().forEach(offices::save);
        int[] counts = new int[4];
        for (ServiceEntry service : document.services()) {
            Optional<Entry> existing = entries.findBySlug(EntryKind.SERVICE, service.slug());
            store(
                    existing,
                    service.content(),
                    counts,
                    publish,
                    EntryKind.SERVICE,
                    author,
                    () -> existing.isPresent()
                            ? editing.saveService(existing.get().id(), service.content(), author)
                            : editing.createService(service.slug(), service.content(), author));
        }
        for (FaqEntry faq : document.faqs()) {
            Optional<Entry> existing = entries.findBySlug(EntryKind.FAQ, faq.slug());
            store(
                    existing,
                    faq.content(),
                    counts,
                    publish,
                    EntryKind.FAQ,
                    author,
                    () -> existing.isPresent()
                            ? editing.saveFaq(existing.get().id(), faq.content(), author)
                            : editing.createFaq(faq.slug(), faq.content(), author));
        }
        ImportSummary summary = new ImportSummary(counts[0], counts[1], counts[2], counts[3]);
        audit.record(
                "catalog.imported",
                "catalog",
                null,
                Map.of(
                        "created", String.valueOf(summary.created()),
                        "updated", String.valueOf(summary.updated()),
                        "published", String.valueOf(summary.published()),
                        "author", author.name()));
        return new Outcome.Imported(summary);
    }

    private void store(
            Optional<Entry> existing,
            Object content,
            int[] counts,
            boolean publish,
            EntryKind kind,
            Author author,
            Supplier<Saved> save) {
        if (existing.isPresent() && sameAsLatest(existing.get(), content)) {
            counts[2]++;
            if (publish && existing.get().hasDraft()) {
                publishOrFail(kind, existing.get().id(), existing.get().latestVersion(), author);
                counts[3]++;
            }
            return;
        }
        Saved saved = save.get();
        if (!(saved instanceof Saved.Stored stored)) {
            // checked beforehand with the document's own references; reaching here is a bug
            throw new IllegalStateException("content refused after checking: " + saved);
        }
        counts[existing.isPresent() ? 1 : 0]++;
        if (publish) {
            publishOrFail(kind, stored.id(), stored.version(), author);
            counts[3]++;
        }
    }

    private void publishOrFail(EntryKind kind, UUID id, int version, Author author) {
        if (editing.publish(kind, id, version, author) instanceof Saved.Refused refused) {
            throw new IllegalStateException("publication refused after checking: " + refused);
        }
    }

    private boolean sameAsLatest(Entry entry, Object content) {
        return entries.content(entry.id(), entry.latestVersion())
                .map(text -> json.read(text, content.getClass()).equals(content))
                .orElse(false);
    }

    /** Checks the whole document, resolving references against itself and the town. */
    public List<ContentProblem> check(CatalogDocument document) {
        List<ContentProblem> problems = new ArrayList<>();
        if (!CatalogDocument.FORMAT.equals(document.format())) {
            problems.add(new ContentProblem("format", "catalog.invalid.format"));
        }
        Set<String> locationSlugs = slugs(document.locations(), LocationData::slug);
        Set<String> officeSlugs = slugs(document.offices(), OfficeData::slug);
        Set<String> situationSlugs = slugs(document.lifeSituations(), LifeSituationData::slug);
        Set<String> serviceSlugs = slugs(document.services(), ServiceEntry::slug);
        ContentRules.References town = editing.references();
        ContentRules.References references = new ContentRules.References() {
            @Override
            public boolean hasOffice(String slug) {
                return officeSlugs.contains(slug) || town.hasOffice(slug);
            }

            @Override
            public boolean hasLifeSituation(String slug) {
                return situationSlugs.contains(slug) || town.hasLifeSituation(slug);
            }

            @Override
            public boolean hasService(String slug) {
                return serviceSlugs.contains(slug) || town.hasService(slug);
            }
        };
        each(problems, "localHolidays", document.localHolidays(), ContentRules::check);
        each(problems, "lifeSituations", document.lifeSituations(), ContentRules::check);
        each(problems, "locations", document.locations(), ContentRules::check);
        each(
                problems,
                "offices",
                document.offices(),
                office -> ContentRules.check(
                        office,
                        slug -> locationSlugs.contains(slug)
                                || locations.bySlug(slug).isPresent()));
        each(
                problems,
                "services",
                document.services(),
                service -> entryProblems(
                        service.slug(), service.content(), () -> ContentRules.check(service.content(), references)));
        each(
                problems,
                "faqs",
                document.faqs(),
                faq -> entryProblems(faq.slug(), faq.content(), () -> ContentRules.check(faq.content(), references)));
        duplicates(problems, "lifeSituations", document.lifeSituations(), LifeSituationData::slug);
        duplicates(problems, "locations", document.locations(), LocationData::slug);
        duplicates(problems, "offices", document.offices(), OfficeData::slug);
        duplicates(problems, "services", document.services(), ServiceEntry::slug);
        duplicates(problems, "faqs", document.faqs(), FaqEntry::slug);
        return problems;
    }

    private static List<ContentProblem> entryProblems(
            String slug, @Nullable Object content, Supplier<List<ContentProblem>> contentProblems) {
        List<ContentProblem> found = new ArrayList<>();
        if (slug == null || !ContentRules.isSlug(slug)) {
            found.add(new ContentProblem("slug", "catalog.invalid.slug"));
        }
        if (content == null) {
            found.add(new ContentProblem("content", "catalog.invalid.required"));
        } else {
            contentProblems.get().stream()
                    .map(p -> new ContentProblem("content." + p.field(), p.code()))
                    .forEach(found::add);
        }
        return found;
    }

    private static <T> void each(
            List<ContentProblem> problems, String list, List<T> items, Function<T, List<ContentProblem>> check) {
        for (int i = 0; i < items.size(); i++) {
            String prefix = list + "[" + i + "].";
            check.apply(items.get(i)).stream()
                    .map(p -> new ContentProblem(prefix + p.field(), p.code()))
                    .forEach(problems::add);
        }
    }

    private static <T> void duplicates(
            List<ContentProblem> problems, String list, List<T> items, Function<T, String> slug) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(slug.apply(items.get(i)))) {
                problems.add(new ContentProblem(list + "[" + i + "].slug", "catalog.invalid.duplicate"));
            }
        }
    }

    private static <T> Set<String> slugs(List<T> items, Function<T, String> slug) {
        Set<String> slugs = new HashSet<>();
        items.forEach(item -> slugs.add(slug.apply(item)));
        return slugs;
    }
}
