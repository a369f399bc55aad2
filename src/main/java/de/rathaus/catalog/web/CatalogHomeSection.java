package de.rathaus.catalog.web;

import de.rathaus.catalog.model.Audience;
import de.rathaus.catalog.store.LifeSituation;
import de.rathaus.catalog.store.LifeSituations;
import de.rathaus.platform.web.HomeSection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The home page's start into the catalogue: the search box and the life-situation tiles. */
@Component
class CatalogHomeSection implements HomeSection {

    private final LifeSituations lifeSituations;

    CatalogHomeSection(LifeSituations lifeSituations) {
        this.lifeSituations = lifeSituations;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String fragment() {
        return "catalog/pages/home :: section";
    }

    @Override
    public Map<String, Object> model() {
        List<LifeSituation> all = lifeSituations.all();
        return Map.of("citizens", of(all, Audience.CITIZEN), "businesses", of(all, Audience.BUSINESS));
    }

    static List<LifeSituation> of(List<LifeSituation> all, Audience audience) {
        return all.stream().filter(s -> s.audience() == audience).toList();
    }
}
