package de.rathaus.catalog.store;

import de.rathaus.catalog.model.CatalogDocument;
import de.rathaus.catalog.model.FaqContent;
import de.rathaus.catalog.model.FaqEntry;
import de.rathaus.catalog.model.LifeSituationData;
import de.rathaus.catalog.model.OfficeData;
import de.rathaus.catalog.model.ServiceContent;
import de.rathaus.catalog.model.ServiceEntry;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current town's published catalogue as one document, to share with other municipalities.
 * Drafts stay at home.
 */
@Service
public class CatalogExport {

    private final Entries entries;
    private final LifeSituations lifeSituations;
    private final Locations locations;
    private final OfficeProfiles offices;
    private final Holidays holidays;
    private final CatalogJson json;

    CatalogExport(
            Entries entries,
            LifeSituations lifeSituations,
            Locations locations,
            OfficeProfiles offices,
            Holidays holidays,
            CatalogJson json) {
        this.entries = entries;
        this.lifeSituations = lifeSituations;
        this.locations = locations;
        this.offices = offices;
        this.holidays = holidays;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public CatalogDocument document() {
        return new CatalogDocument(
                CatalogDocument.FORMAT,
                holidays.federalState(),
                holidays.local(),
                lifeSituations.all().stream()
                        .map(s -> new LifeSituationData(s.slug(), s.audience(), s.name(), s.teaser(), s.position()))
                        .toList(),
                locations.all().stream().map(Location::data).toList(),
                offices.all().stream()
                        .map(p -> new OfficeData(
                                p.office().slug(),
                                p.office().name(),
                                p.office().email(),
                                p.office().phone(),
                                p.description(),
                                p.postalAddress(),
                                p.openingHours(),
                                p.openingNote(),
                                p.locations().stream().map(Location::slug).toList()))
                        .toList(),
                published(EntryKind.SERVICE).stream()
                        .map(e -> new ServiceEntry(e.slug(), content(e, ServiceContent.class)))
                        .toList(),
                published(EntryKind.FAQ).stream()
                        .map(e -> new FaqEntry(e.slug(), content(e, FaqContent.class)))
                        .toList());
    }

    /** The document as JSON text, ready to download. */
    public String json() {
        return json.write(document());
    }

    private List<Entry> published(EntryKind kind) {
        return entries.all(kind).stream().filter(Entry::isPublished).toList();
    }

    private <T> T content(Entry entry, Class<T> type) {
        int version = java.util.Objects.requireNonNull(entry.publishedVersion());
        return json.read(entries.content(entry.id(), version).orElseThrow(), type);
    }
}
