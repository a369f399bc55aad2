package de.rathaus.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page and the information pages every public body must offer. */
@Controller
class PublicPagesController {

    /** A home section as the template shows it: where its markup is and what it shows now. */
    record RenderedSection(String fragment, Map<String, Object> model) {}

    private final List<HomeSection> sections;

    PublicPagesController(List<HomeSection> sections) {
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(HomeSection::order))
                .toList();
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute(
                "sections",
                sections.stream()
                        .map(section -> new RenderedSection(section.fragment(), section.model()))
                        .toList());
        return "platform/home";
    }

    @GetMapping("/impressum")
    String imprint() {
        return "platform/impressum";
    }

    @GetMapping("/datenschutz")
    String privacy() {
        return "platform/datenschutz";
    }

    @GetMapping("/barrierefreiheit")
    String accessibility() {
        return "platform/barrierefreiheit";
    }

    @GetMapping("/leichte-sprache")
    String plainLanguage() {
        return "platform/leichte-sprache";
    }

    @GetMapping("/gebaerdensprache")
    String signLanguage() {
        return "platform/gebaerdensprache";
    }
}
