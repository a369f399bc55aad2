package de.rathaus.platform.abuse;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The page a person sees over a rate limit: what happened, and when to try again. */
@Controller
class TooManyRequestsPage {

    static final String PATH = "/zu-viele-anfragen";
    static final String RETRY_AFTER_SECONDS = TooManyRequestsPage.class.getName() + ".retryAfterSeconds";

    @RequestMapping(PATH)
    @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
    String page(HttpServletRequest request, Model model) {
        long seconds = request.getAttribute(RETRY_AFTER_SECONDS) instanceof Long value ? value : 60;
        model.addAttribute("retryAfterMinutes", Math.max(1, (seconds + 59) / 60));
        return "platform/too-many-requests";
    }
}
