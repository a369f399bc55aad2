package de.rathaus.catalog.assistant;

import de.rathaus.catalog.ServiceAction;
import de.rathaus.catalog.ServiceActionProvider;
import de.rathaus.catalog.assistant.Answer.Choice;
import de.rathaus.catalog.assistant.Answer.FaqFacts;
import de.rathaus.catalog.assistant.Answer.OfficeContact;
import de.rathaus.catalog.assistant.Answer.ServiceFacts;
import de.rathaus.catalog.assistant.Answer.ServiceLink;
import de.rathaus.catalog.assistant.Relevance.Scored;
import de.rathaus.catalog.model.ServiceContent;
import de.rathaus.catalog.store.LifeSituations;
import de.rathaus.catalog.store.OfficeProfiles;
import de.rathaus.catalog.store.PublishedCatalog;
import de.rathaus.catalog.store.PublishedFaq;
import de.rathaus.catalog.store.PublishedService;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers a citizen's question from the published catalogue: finds the services that fit, and
 * either answers with the best one, asks back when several different ones fit about equally, or
 * says that it does not know.
 */
@Service
@Transactional(readOnly = true)
class Assistant {

    /**
     * A best service that no distinctive word of the question names (see {@link
     * Relevance.Scored#anchored}) is an answer only if it covers at least this share of the question.
     */
    static final double KNOWN = 0.5;

    /** A runner-up this close to the best service makes the question ambiguous. */
    static final double CLOSE = 0.85;

    /** For a question of one word, a runner-up this close already does. */
    static final double CLOSE_FOR_ONE_WORD = 0.7;

    private static final int SHOWN = 3;
    private static final int CHOICES = 4;
    private static final int DOCUMENTS = 6;

    private final Candidates candidates;
    private final ServiceTexts texts;
    private final PublishedCatalog published;
    private final OfficeProfiles offices;
    private final LifeSituations lifeSituations;
    private final List<ServiceActionProvider> actionProviders;

    Assistant(
            Candidates candidates,
            ServiceTexts texts,
            PublishedCatalog published,
            OfficeProfiles offices,
            LifeSituations lifeSituations,
            List<ServiceActionProvider> actionProviders) {
        this.candidates = candidates;
        this.texts = texts;
        this.published = published;
        this.offices = offices;
        this.lifeSituations = lifeSituations;
        this.actionProviders = actionProviders;
    }

    /** The answer to a question, or to the citizen's choice in a follow-up ({@link Choice#value}). */
    Answer answer(String question, @Nullable String choice) {
        List<String> terms = QuestionTerms.of(Redaction.withoutContactDetails(question));
        Optional<String> chosenService = chosen(choice, Choices.SERVICE);
        if (chosenService.isPresent()) {
            Optional<PublishedService> service = published.service(chosenService.get());
            if (service.isPresent()) {
                return found(service.get(), terms, List.of(link(service.get())));
            }
        }
        Set<UUID> ids = new LinkedHashSet<>(candidates.services(terms));
        Optional<String> chosenSituation = chosen(choice, Choices.LIFE_SITUATION);
        chosenSituation.ifPresent(slug -> {
            List<UUID> inSituation = texts.inLifeSituation(slug);
            ids.retainAll(inSituation);
            if (ids.isEmpty()) {
                ids.addAll(inSituation);
            }
        });
        List<Scored> ranked = Relevance.rank(terms, texts.byIds(ids)).stream()
                .filter(scored -> scored.score() > 0)
                .toList();
        if (ranked.isEmpty()
                || (!ranked.getFirst().anchored() && ranked.getFirst().coverage() < KNOWN)) {
            return notKnown();
        }
        List<ServiceLink> shown = ranked.stream()
                .limit(SHOWN)
                .map(scored -> link(scored.service()))
                .toList();
        if (choice == null && ambiguous(question, ranked)) {
            return followUp(ranked, shown, Words.meaningful(question).size() <= 1);
        }
        PublishedService best =
                published.service(ranked.getFirst().service().id()).orElseThrow();
        return found(best, terms, shown);
    }

    private static boolean ambiguous(String question, List<Scored> ranked) {
        if (ranked.size() < 2) {
            return false;
        }
        Scored first = ranked.get(0);
        Scored second = ranked.get(1);
        if (Words.meaningful(question).size() <= 1) {
            return second.score() >= CLOSE_FOR_ONE_WORD * first.score();
        }
        return second.score() >= CLOSE * first.score()
                && Collections.disjoint(
                        first.service().lifeSituations(), second.service().lifeSituations());
    }

    private Answer followUp(List<Scored> ranked, List<ServiceLink> shown, boolean general) {
        double best = ranked.getFirst().score();
        List<Scored> close = ranked.stream()
                .filter(scored -> scored.score() >= CLOSE_FOR_ONE_WORD * best)
                .limit(CHOICES)
                .toList();
        List<Choice> choices = new ArrayList<>();
        close.forEach(scored -> choices.add(
                Choices.service(scored.service().slug(), scored.service().name())));
        List<String> situations = close.stream()
                .flatMap(scored -> scored.service().lifeSituations().stream())
                .distinct()
                .toList();
        if (general && situations.size() > 1) {
            situations.stream()
                    .limit(SHOWN)
                    .flatMap(slug -> lifeSituations.bySlug(slug).stream())
                    .forEach(situation -> choices.add(Choices.lifeSituation(situation.slug(), situation.name())));
        }
        return new Answer.FollowUp(choices, shown);
    }

    private Answer.Found found(PublishedService service, List<String> terms, List<ServiceLink> shown) {
        ServiceContent content = service.content();
        var facts = new ServiceFacts(
                service.slug(),
                content.name(),
                content.teaser(),
                content.inPerson(),
                content.documents().stream().limit(DOCUMENTS).toList(),
                FeeLines.of(content.fees()),
                content.processingTime());
        List<ServiceAction> actions = published
                .summary(service.id())
                .map(summary -> actionProviders.stream()
                        .flatMap(provider -> provider.actionsFor(summary).stream())
                        .toList())
                .orElse(List.of());
        @Nullable
        OfficeContact office = service.officeId() == null
                ? null
                : offices.byId(service.officeId())
                        .map(profile -> new OfficeContact(
                                profile.office().slug(),
                                profile.office().name(),
                                profile.office().phone(),
                                profile.office().email()))
                        .orElse(null);
        return new Answer.Found(
                facts, faq(service.id(), terms), shown, actions, content.externalAuthority(), office, null);
    }

    /** The service's FAQ whose question has most of the question's words, if one has at least half. */
    private @Nullable FaqFacts faq(UUID serviceId, List<String> terms) {
        @Nullable FaqFacts best = null;
        double bestShare = 0.5;
        for (PublishedFaq faq : published.faqsFor(serviceId)) {
            Set<String> words = Set.copyOf(Words.all(faq.question()));
            long shared = terms.stream()
                    .filter(term -> Relevance.closeness(term, words) >= 0.75)
                    .count();
            double share = terms.isEmpty() ? 0 : (double) shared / terms.size();
            if (share >= bestShare) {
                bestShare = share;
                best = new FaqFacts(faq.question(), faq.answer());
            }
        }
        return best;
    }

    private static Answer notKnown() {
        Tenant town = CurrentTenant.get();
        return new Answer.NotKnown(town.name(), town.phone(), town.email());
    }

    private static Optional<String> chosen(@Nullable String choice, String prefix) {
        return choice != null && choice.startsWith(prefix)
                ? Optional.of(choice.substring(prefix.length()))
                : Optional.empty();
    }

    private static ServiceLink link(ServiceText service) {
        return new ServiceLink(service.slug(), service.name(), service.teaser());
    }

    private static ServiceLink link(PublishedService service) {
        return new ServiceLink(
                service.slug(), service.content().name(), service.content().teaser());
    }
}
