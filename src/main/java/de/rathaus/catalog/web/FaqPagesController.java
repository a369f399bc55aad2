package de.rathaus.catalog.web;

import de.rathaus.catalog.store.PublishedCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** All questions citizens often ask, each with an anchor so search results can link to it. */
@Controller
class FaqPagesController {

    private final PublishedCatalog published;

    FaqPagesController(PublishedCatalog published) {
        this.published = published;
    }

    @GetMapping("/fragen")
    String faqs(Model model) {
        model.addAttribute(
                "faqs",
                published.faqs().stream()
                        .map(faq -> new ServicePage.FaqView(faq.slug(), faq.question(), Text.of(faq.answer())))
                        .toList());
        return "catalog/pages/faqs";
    }
}
