package de.rathaus.catalog.web;

import de.rathaus.catalog.ServiceAction;
import de.rathaus.catalog.ServiceActionProvider;
import de.rathaus.catalog.ServiceSummary;
import de.rathaus.catalog.model.ServiceContent;
import de.rathaus.catalog.store.LifeSituation;
import de.rathaus.catalog.store.LifeSituations;
import de.rathaus.catalog.store.Location;
import de.rathaus.catalog.store.OfficeProfile;
import de.rathaus.catalog.store.OfficeProfiles;
import de.rathaus.catalog.store.PublishedCatalog;
import de.rathaus.catalog.store.PublishedService;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Puts together the start page of a published service of the current town. */
@Component
class ServicePages {

    private final PublishedCatalog published;
    private final LifeSituations lifeSituations;
    private final OfficeProfiles offices;
    private final List<ServiceActionProvider> actionProviders;
    private final Fees fees;
    private final GovernmentServiceJsonLd jsonLd;

    ServicePages(
            PublishedCatalog published,
            LifeSituations lifeSituations,
            OfficeProfiles offices,
            List<ServiceActionProvider> actionProviders,
            Fees fees,
            GovernmentServiceJsonLd jsonLd) {
        this.published = published;
        this.lifeSituations = lifeSituations;
        this.offices = offices;
        this.actionProviders = actionProviders;
        this.fees = fees;
        this.jsonLd = jsonLd;
    }

    Optional<ServicePage> page(String slug, String baseUrl, Locale locale) {
        return published.service(slug).map(service -> page(service, baseUrl, locale));
    }

    private ServicePage page(PublishedService service, String baseUrl, Locale locale) {
        ServiceContent content = service.content();
        Tenant town = CurrentTenant.get();
        @Nullable
        OfficeProfile office = service.officeId() == null
                ? null
                : offices.byId(service.officeId()).orElse(null);
        Contact contact = content.externalAuthority() != null
                ? Contact.of(content.externalAuthority())
                : office != null ? Contact.of(office) : Contact.of(town);
        List<LifeSituation> situations = content.lifeSituations().stream()
                .map(lifeSituations::bySlug)
                .flatMap(Optional::stream)
                .toList();
        List<Location> locations =
                office == null || content.externalAuthority() != null ? List.of() : office.locations();
        String pageUrl = baseUrl + "/leistungen/" + service.slug();
        return new ServicePage(
                service.slug(),
                content,
                texts(content),
                fees.lines(content.fees(), locale),
                situations,
                office,
                office == null
                        ? OpeningHoursTable.of(List.of(), locale)
                        : OpeningHoursTable.of(office.openingHours(), locale),
                contact,
                published.faqsFor(service.id()).stream()
                        .map(faq -> new ServicePage.FaqView(faq.slug(), faq.question(), Text.of(faq.answer())))
                        .toList(),
                actions(service),
                jsonLd.of(
                        content,
                        pageUrl,
                        town,
                        contact,
                        locations,
                        situations.stream().map(LifeSituation::name).toList()));
    }

    private static Map<String, Text> texts(ServiceContent content) {
        Map<String, Text> texts = new LinkedHashMap<>();
        texts.put("description", Text.of(content.description()));
        texts.put("requirements", Text.of(content.requirements()));
        texts.put("procedure", Text.of(content.procedure()));
        texts.put("deadlines", Text.of(content.deadlines()));
        texts.put("processingTime", Text.of(content.processingTime()));
        texts.put("notes", Text.of(content.notes()));
        texts.put("legalRemedy", Text.of(content.legalRemedy()));
        texts.put("contactPoint", Text.of(content.contactPoint()));
        return texts;
    }

    private List<ServiceAction> actions(PublishedService service) {
        Optional<ServiceSummary> summary = published.summary(service.id());
        if (summary.isEmpty()) {
            return List.of();
        }
        return actionProviders.stream()
                .flatMap(provider -> provider.actionsFor(summary.get()).stream())
                .sorted(Comparator.comparing(ServiceAction::kind))
                .toList();
    }
}
