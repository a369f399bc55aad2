package de.rathaus.platform.web;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of every JSON API answer as RFC 9457 problem details ({@code application/problem+json}),
 * with field errors for invalid input. Pages keep their friendly HTML error pages.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {}
