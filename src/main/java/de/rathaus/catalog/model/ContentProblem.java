package de.rathaus.catalog.model;

/**
 * What is wrong with a piece of content, for one field.
 *
 * @param field the field's path as in the JSON form, e.g. {@code fees[1].amount}
 * @param code a message key in the {@code i18n/catalog} bundle
 */
public record ContentProblem(String field, String code) {}
