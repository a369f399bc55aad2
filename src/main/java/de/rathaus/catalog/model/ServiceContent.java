package de.rathaus.catalog.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One version of a service (Leistung), in the text modules of XZuFi/FIM. Plain text fields use
 * blank lines between paragraphs and lines starting with "- " for lists (see {@link TextBlocks}).
 *
 * @param name Leistungsbezeichnung
 * @param leikaKeys the Leistungsschlüssel of the federal catalogue (LeiKa), none for local services
 * @param teaser Kurztext
 * @param description Volltext
 * @param requirements Voraussetzungen
 * @param documents Unterlagen: what to bring or upload
 * @param procedure Verfahrensablauf
 * @param fees Kosten
 * @param deadlines Fristen
 * @param processingTime Bearbeitungsdauer
 * @param legalBases Rechtsgrundlagen
 * @param notes Hinweise
 * @param legalRemedy Rechtsbehelf
 * @param forms Formulare to download
 * @param onlineServiceUrl an online service elsewhere that handles the service
 * @param contactPoint Ansprechpunkt: where exactly to go or call
 * @param office zuständige Stelle in the town, by office slug
 * @param externalAuthority the authority outside the town that is responsible, if any
 * @param keywords synonyms and words citizens use for it
 * @param inPerson whether the citizen must appear in person (ID card, passport, ...)
 * @param confidential tax, social or other special-category data: other modules name it nowhere
 *     outside the case (no e-mail subject, calendar file or call display)
 * @param lifeSituations slugs of the life situations it belongs to
 */
public record ServiceContent(
        String name,
        List<String> leikaKeys,
        String teaser,
        String description,
        String requirements,
        List<String> documents,
        String procedure,
        List<FeeItem> fees,
        String deadlines,
        String processingTime,
        List<String> legalBases,
        String notes,
        String legalRemedy,
        List<Link> forms,
        @Nullable String onlineServiceUrl,
        String contactPoint,
        @Nullable String office,
        @Nullable ExternalAuthority externalAuthority,
        List<String> keywords,
        boolean inPerson,
        boolean confidential,
        List<String> lifeSituations) {

    public ServiceContent {
        name = Values.text(name);
        leikaKeys = Values.list(leikaKeys);
        teaser = Values.text(teaser);
        description = Values.text(description);
        requirements = Values.text(requirements);
        documents = Values.list(documents);
        procedure = Values.text(procedure);
        fees = Values.list(fees);
        deadlines = Values.text(deadlines);
        processingTime = Values.text(processingTime);
        legalBases = Values.list(legalBases);
        notes = Values.text(notes);
        legalRemedy = Values.text(legalRemedy);
        forms = Values.list(forms);
        onlineServiceUrl = Values.optional(onlineServiceUrl);
        contactPoint = Values.text(contactPoint);
        office = Values.optional(office);
        keywords = Values.list(keywords);
        lifeSituations = Values.list(lifeSituations);
    }

    /** A service with just a name, the start of a new draft. */
    public static ServiceContent named(String name) {
        return new ServiceContent(
                name, List.of(), "", "", "", List.of(), "", List.of(), "", "", List.of(), "", "", List.of(), null, "",
                null, null, List.of(), false, false, List.of());
    }
}
