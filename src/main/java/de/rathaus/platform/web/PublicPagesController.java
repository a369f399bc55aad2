package de.rathaus.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page and the information pages every public body must offer. */
@Controller
class PublicPagesController {

    @GetMapping("/")
    String home() {
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
