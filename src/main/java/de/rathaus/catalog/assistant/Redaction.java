package de.rathaus.catalog.assistant;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from a citizen's text before it may leave Rathaus: e-mail addresses,
 * IBANs, dates (of birth or any other), phone numbers and names.
 *
 * <p>Limits, on purpose pragmatic: a name is recognised after "ich heiße", "mein Name ist", "ich
 * bin", "Herr", "Frau" and the like, or as two capitalised words in a row that the catalogue does
 * not use; a name written alone in lower case ("grüße, max") or a single unknown capitalised word
 * stays. Street addresses are not recognised. Over-redaction is harmless here: the assistant has
 * already found the answer with the full text, the model only phrases it.
 */
final class Redaction {

    static final String EMAIL = "[E-Mail]";
    static final String IBAN = "[IBAN]";
    static final String DATE = "[Datum]";
    static final String PHONE = "[Telefon]";
    static final String NAME = "[Name]";

    private static final Pattern EMAILS =
            Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9-]+(?:\\.[\\p{L}0-9-]+)+", Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern IBANS = Pattern.compile(
            "\\b[A-Z]{2}\\s?\\d{2}(?:\\s?[A-Z0-9]{4}){2,7}(?:\\s?[A-Z0-9]{1,3})?\\b", Pattern.CASE_INSENSITIVE);

    private static final String MONTHS =
            "jan(?:uar)?|feb(?:ruar)?|märz|maerz|mär|apr(?:il)?|mai|juni?|juli?|aug(?:ust)?|sep(?:t|tember)?|okt(?:ober)?|nov(?:ember)?|dez(?:ember)?";

    private static final Pattern DATES = Pattern.compile(
            "\\b\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:\\d{4}|\\d{2})\\b"
                    + "|\\b\\d{4}-\\d{2}-\\d{2}\\b"
                    + "|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b"
                    + "|\\b\\d{1,2}\\.?\\s(?:" + MONTHS + ")\\.?\\s\\d{2,4}\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A leading + or 0, then digits with the usual separators; counted as a phone number from 6 digits on. */
    private static final Pattern PHONES = Pattern.compile("(?<![\\w+])(?:\\+|0)[\\d ()/.-]{4,}\\d");

    /** Words after which a name follows in any case ("ich heiße max"). */
    private static final Pattern NAMED = Pattern.compile(
            "\\b(?:ich\\s+hei(?:ß|ss)e|mein\\s+name\\s+ist|name\\s*:|ich\\s+bin\\s+die|ich\\s+bin\\s+der)\\s+"
                    + "(\\p{L}[\\p{L}'-]*(?:\\s+\\p{L}[\\p{L}'-]*)?)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words after which a capitalised word is a name ("ich bin Max", "Frau Schmidt"). */
    private static final Pattern TITLED = Pattern.compile(
            "\\b(?:ich\\s+bin|herrn?|frau|familie|fam\\.|hr\\.|fr\\.|dr\\.)\\s+(?:(?:dr|prof)\\.\\s+)*"
                    + "(\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*){0,2})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern CAPITALISED_PAIR =
            Pattern.compile("\\b(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\s+(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\b");

    private Redaction() {}

    /**
     * The text with personal data replaced by placeholders.
     *
     * @param vocabulary folded words (see {@link Words#fold}) that are no names: the catalogue's
     *     own words
     */
    static String redact(String text, Set<String> vocabulary) {
        String result = contactDetails(text, EMAIL, IBAN, DATE, PHONE);
        result = replaceGroup(NAMED.matcher(result), vocabulary, false);
        result = replaceGroup(TITLED.matcher(result), vocabulary, true);
        result = CAPITALISED_PAIR
                .matcher(result)
                .replaceAll(match -> unknown(match.group(1), vocabulary) && unknown(match.group(2), vocabulary)
                        ? NAME
                        : Matcher.quoteReplacement(match.group()));
        return result;
    }

    /**
     * The text without e-mail addresses, IBANs, dates and phone numbers, not even a placeholder: the
     * assistant ranks services without them, since they say nothing about the service and their
     * digits and fragments only blur the match.
     */
    static String withoutContactDetails(String text) {
        return contactDetails(text, " ", " ", " ", " ");
    }

    private static String contactDetails(String text, String email, String iban, String date, String phone) {
        String result = EMAILS.matcher(text).replaceAll(email);
        result = IBANS.matcher(result).replaceAll(match -> hasDigits(match.group(), 10) ? iban : match.group());
        result = DATES.matcher(result).replaceAll(date);
        return PHONES.matcher(result).replaceAll(match -> hasDigits(match.group(), 6) ? phone : match.group());
    }

    /** Replaces the leading words of group 1 that look like a name; the words after them stay. */
    private static String replaceGroup(Matcher matcher, Set<String> vocabulary, boolean capitalisedOnly) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String[] words = matcher.group(1).split("\\s+");
            int named = 0;
            while (named < words.length
                    && unknown(words[named], vocabulary)
                    && (!capitalisedOnly || Character.isUpperCase(words[named].codePointAt(0)))) {
                named++;
            }
            String replaced = named == 0
                    ? matcher.group()
                    : matcher.group().substring(0, matcher.start(1) - matcher.start())
                            + String.join(
                                    " ",
                                    java.util.stream.Stream.concat(
                                                    java.util.stream.Stream.of(NAME),
                                                    java.util.Arrays.stream(words, named, words.length))
                                            .toList());
            matcher.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Salutations and titles: they introduce a name but are none. */
    private static final Set<String> TITLES = Set.of("herr", "herrn", "frau", "familie", "dr", "prof", "hallo");

    private static boolean unknown(String word, Set<String> vocabulary) {
        String folded = Words.fold(word);
        return !vocabulary.contains(folded) && !Words.SMALL.contains(folded) && !TITLES.contains(folded);
    }

    private static boolean hasDigits(String text, int atLeast) {
        return text.chars().filter(Character::isDigit).count() >= atLeast;
    }
}
