package de.rathaus.forms.journey;

import de.rathaus.forms.definition.Access;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A form that needs a (stronger) sign-in says so plainly, with the way to get it. */
@ControllerAdvice(basePackageClasses = JourneyAdvice.class)
class JourneyAdvice {

    @ExceptionHandler(Journeys.NotAdmitted.class)
    String notAdmitted(Journeys.NotAdmitted refused, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        Access access = refused.access();
        model.addAttribute("signedIn", refused.level() != null);
        model.addAttribute("required", access.name());
        return "forms/journey/not-admitted";
    }
}
