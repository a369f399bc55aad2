package de.rathaus.forms.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One reason why a request was refused, in the {@code errors} member of a problem (RFC 9457
 * extension).
 *
 * @param pointer where: a JSON Pointer into the request body, e.g. {@code /answers/hund/name}
 * @param code the message key, stable for programs (e.g. {@code forms.answer.required})
 * @param detail what is wrong and how to fix it, in the language of the request (German by default)
 */
@Schema(description = "Why one value of the request was refused")
record FieldProblem(String pointer, String code, String detail) {}
