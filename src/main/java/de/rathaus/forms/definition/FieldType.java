package de.rathaus.forms.definition;

/**
 * The kinds of questions a form asks, with the JSON value each answer has (in the API, in drafts
 * and in stored submissions).
 */
public enum FieldType {
    /** One line of text: a JSON string. */
    TEXT,
    /** Several lines of text: a JSON string. */
    LONG_TEXT,
    /** A number, whole or with decimals: a JSON number. */
    NUMBER,
    /** An amount in euros with at most two decimals: a JSON number. */
    MONEY,
    /** A calendar date: a JSON string {@code yyyy-MM-dd}. */
    DATE,
    /** An e-mail address: a JSON string. */
    EMAIL,
    /** A telephone number: a JSON string. */
    PHONE,
    /** An IBAN, checked with its check digits (ISO 13616): a JSON string without spaces. */
    IBAN,
    /** One of the options, as a drop-down: the option's value as a JSON string. */
    SELECT,
    /** One of the options, as radio buttons: the option's value as a JSON string. */
    RADIO,
    /** Any of the options: a JSON array of option values. */
    CHECKBOX,
    /** Yes or no: a JSON boolean. */
    YES_NO,
    /**
     * A postal address in Germany: a JSON object {@code {"street": "Marktplatz 1", "postcode":
     * "86150", "city": "Musterstadt"}}; the postcode has five digits.
     */
    ADDRESS,
    /**
     * An uploaded file: a JSON object {@code {"file": "<file id>", "name": "foto.jpg", "size": 12345,
     * "type": "image/jpeg"}} naming a file stored through the platform's file service.
     */
    FILE,
    /**
     * A repeatable group of fields (e.g. one entry per child): a JSON array of objects, each with
     * the answers to the group's {@link Field#fields()}.
     */
    GROUP
}
