package de.rathaus.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Pages that fail the way a bug or bad input would, for {@link ErrorPagesIT}. A top-level class
 * in the test sources, so it joins the one shared test context without changing its cache key.
 */
@Controller
class FailingPage {

    @GetMapping("/test-only/failure")
    String fail() {
        throw new IllegalStateException("internal detail that must not reach the visitor");
    }

    @GetMapping("/test-only/number/{value}")
    String number(@PathVariable int value) {
        return "platform/home";
    }
}
