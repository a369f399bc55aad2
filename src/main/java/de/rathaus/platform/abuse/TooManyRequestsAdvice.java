package de.rathaus.platform.abuse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers {@link TooManyRequestsException} with 429 and {@code Retry-After}: on the JSON API as
 * RFC 9457 problem details, on pages with a friendly page that says when to try again.
 */
@ControllerAdvice
class TooManyRequestsAdvice {

    private final MessageSource messages;

    TooManyRequestsAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(TooManyRequestsException.class)
    Object tooManyRequests(
            TooManyRequestsException exception,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        long seconds = exception.retryAfterSeconds();
        if (request.getServletPath().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.TOO_MANY_REQUESTS,
                    messages.getMessage("abuse.too-many.api-detail", new Object[] {seconds}, locale));
            problem.setTitle(messages.getMessage("abuse.too-many.title", null, locale));
            problem.setProperty("retryAfterSeconds", seconds);
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        // the page is rendered by a controller, so the layout gets its model like every other page
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        request.setAttribute(TooManyRequestsPage.RETRY_AFTER_SECONDS, seconds);
        return new ModelAndView("forward:" + TooManyRequestsPage.PATH);
    }
}
