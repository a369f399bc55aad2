package de.rathaus.catalog.web;

import de.rathaus.catalog.model.Audience;
import de.rathaus.catalog.store.LifeSituation;
import de.rathaus.catalog.store.LifeSituations;
import de.rathaus.catalog.store.PublishedCatalog;
import de.rathaus.catalog.store.ServiceCard;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The services: A to Z, by life situation, and each service's start page. */
@Controller
class ServicePagesController {

    /** The services whose names start with one letter; umlauts count as their base letter. */
    record LetterGroup(String letter, List<ServiceCard> services) {

        public String anchor() {
            return anchorOf(letter);
        }
    }

    /** A letter of the index: a link when services start with it, plain text otherwise. */
    record IndexLetter(String letter, boolean used) {

        public String anchor() {
            return anchorOf(letter);
        }
    }

    private static final String OTHER = "#";

    private final PublishedCatalog published;
    private final LifeSituations lifeSituations;
    private final ServicePages pages;

    ServicePagesController(PublishedCatalog published, LifeSituations lifeSituations, ServicePages pages) {
        this.published = published;
        this.lifeSituations = lifeSituations;
        this.pages = pages;
    }

    @GetMapping("/leistungen")
    String services(@RequestParam(name = "lebenslage", required = false) @Nullable String filter, Model model) {
        List<LifeSituation> situations = lifeSituations.all();
        Optional<LifeSituation> chosen =
                situations.stream().filter(s -> s.slug().equals(filter)).findFirst();
        List<ServiceCard> services =
                chosen.map(s -> published.servicesIn(s.id())).orElseGet(published::services);
        List<LetterGroup> groups = byLetter(services);
        model.addAttribute("groups", groups);
        model.addAttribute("index", index(groups));
        model.addAttribute("count", services.size());
        model.addAttribute("chosen", chosen.orElse(null));
        model.addAttribute("situations", situations);
        model.addAttribute("citizens", CatalogHomeSection.of(situations, Audience.CITIZEN));
        model.addAttribute("businesses", CatalogHomeSection.of(situations, Audience.BUSINESS));
        return "catalog/pages/services";
    }

    @GetMapping("/lebenslagen/{slug}")
    String lifeSituation(@PathVariable String slug, Model model) {
        LifeSituation situation = lifeSituations.bySlug(slug).orElseThrow(ServicePagesController::notFound);
        model.addAttribute("situation", situation);
        model.addAttribute("services", published.servicesIn(situation.id()));
        return "catalog/pages/life-situation";
    }

    @GetMapping("/leistungen/{slug}")
    String service(@PathVariable String slug, Model model, Locale locale) {
        String baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        model.addAttribute("page", pages.page(slug, baseUrl, locale).orElseThrow(ServicePagesController::notFound));
        return "catalog/pages/service";
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    static List<LetterGroup> byLetter(List<ServiceCard> services) {
        // the services come sorted by the German collation; the map keeps A to Z with "#" last
        Map<String, List<ServiceCard>> groups = services.stream()
                .collect(Collectors.groupingBy(
                        service -> letterOf(service.name()),
                        () -> new TreeMap<>((a, b) -> a.equals(OTHER) ? 1 : b.equals(OTHER) ? -1 : a.compareTo(b)),
                        Collectors.toList()));
        return groups.entrySet().stream()
                .map(e -> new LetterGroup(e.getKey(), e.getValue()))
                .toList();
    }

    private static List<IndexLetter> index(List<LetterGroup> groups) {
        List<String> used = groups.stream().map(LetterGroup::letter).toList();
        return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                .chars()
                .mapToObj(c -> String.valueOf((char) c))
                .map(letter -> new IndexLetter(letter, used.contains(letter)))
                .toList();
    }

    private static String anchorOf(String letter) {
        return "buchstabe-" + (letter.equals(OTHER) ? "andere" : letter.toLowerCase(Locale.ROOT));
    }

    static String letterOf(String name) {
        String base = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
        if (base.isEmpty()) {
            return OTHER;
        }
        char first = Character.toUpperCase(base.charAt(0));
        return first >= 'A' && first <= 'Z' ? String.valueOf(first) : OTHER;
    }
}
