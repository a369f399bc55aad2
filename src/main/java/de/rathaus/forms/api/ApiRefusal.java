package de.rathaus.forms.api;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refused API request, answered as RFC 9457 problem details by the platform's {@code
 * ApiProblems}: a stable {@code type}, a German (or English) {@code title} and {@code detail}, and
 * for invalid values the {@code errors} member listing each one.
 */
class ApiRefusal extends ErrorResponseException {

    static final String TYPE_PREFIX = "urn:rathaus:problem:";

    ApiRefusal(HttpStatus status, String type, String title, String detail) {
        super(status, problem(status, type, title, detail), null);
    }

    ApiRefusal(HttpStatus status, String type, String title, String detail, List<FieldProblem> errors) {
        this(status, type, title, detail);
        getBody().setProperty("errors", List.copyOf(errors));
    }

    /** Adds a response header, e.g. {@code Retry-After}. */
    ApiRefusal withHeader(String name, String value) {
        getHeaders().set(name, value);
        return this;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        return problem;
    }
}
