package de.rathaus.catalog.model;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules every service and FAQ obeys, whether an editor types it, a file imports it or the
 * demo seeds it. Each broken rule is a {@link ContentProblem} naming the field.
 */
public final class ContentRules {

    /** What content may refer to in the town it is stored in. */
    public interface References {
        boolean hasOffice(String slug);

        boolean hasLifeSituation(String slug);

        boolean hasService(String slug);
    }

    public static final int MAX_NAME = 200;
    public static final int MAX_TEASER = 300;
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_SHORT = 500;
    public static final int MAX_LIST = 100;

    private static final Pattern LEIKA_KEY = Pattern.compile("\\d{14}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private ContentRules() {}

    public static boolean isSlug(String slug) {
        return slug.length() <= 80 && SLUG.matcher(slug).matches();
    }

    /** A LeiKa key (Leistungsschlüssel) has 14 digits. */
    public static boolean isLeikaKey(String key) {
        return LEIKA_KEY.matcher(key).matches();
    }

    public static List<ContentProblem> check(ServiceContent service, References references) {
        List<ContentProblem> problems = new ArrayList<>();
        required(problems, "name", service.name(), MAX_NAME);
        required(problems, "teaser", service.teaser(), MAX_TEASER);
        optional(problems, "description", service.description(), MAX_TEXT);
        optional(problems, "requirements", service.requirements(), MAX_TEXT);
        optional(problems, "procedure", service.procedure(), MAX_TEXT);
        optional(problems, "deadlines", service.deadlines(), MAX_TEXT);
        optional(problems, "processingTime", service.processingTime(), MAX_TEXT);
        optional(problems, "notes", service.notes(), MAX_TEXT);
        optional(problems, "legalRemedy", service.legalRemedy(), MAX_TEXT);
        optional(problems, "contactPoint", service.contactPoint(), MAX_SHORT);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < service.leikaKeys().size(); i++) {
            String key = service.leikaKeys().get(i);
            if (!isLeikaKey(key)) {
                problems.add(new ContentProblem("leikaKeys[" + i + "]", "catalog.invalid.leika-key"));
            } else if (!keys.add(key)) {
                problems.add(new ContentProblem("leikaKeys[" + i + "]", "catalog.invalid.duplicate"));
            }
        }
        shortList(problems, "documents", service.documents());
        shortList(problems, "legalBases", service.legalBases());
        shortList(problems, "keywords", service.keywords());
        for (int i = 0; i < service.fees().size(); i++) {
            checkFee(problems, "fees[" + i + "]", service.fees().get(i));
        }
        for (int i = 0; i < service.forms().size(); i++) {
            Link form = service.forms().get(i);
            required(problems, "forms[" + i + "].title", form.title(), MAX_SHORT);
            url(problems, "forms[" + i + "].url", form.url());
        }
        if (service.onlineServiceUrl() != null) {
            url(problems, "onlineServiceUrl", service.onlineServiceUrl());
        }
        if (service.office() == null && service.externalAuthority() == null) {
            problems.add(new ContentProblem("office", "catalog.invalid.responsible-missing"));
        }
        if (service.office() != null && !references.hasOffice(service.office())) {
            problems.add(new ContentProblem("office", "catalog.invalid.unknown-office"));
        }
        ExternalAuthority authority = service.externalAuthority();
        if (authority != null) {
            required(problems, "externalAuthority.name", authority.name(), MAX_NAME);
            if (authority.url() != null) {
                url(problems, "externalAuthority.url", authority.url());
            }
        }
        if (service.lifeSituations().size() > MAX_LIST) {
            problems.add(new ContentProblem("lifeSituations", "catalog.invalid.too-many"));
        }
        for (int i = 0; i < service.lifeSituations().size(); i++) {
            if (!references.hasLifeSituation(service.lifeSituations().get(i))) {
                problems.add(new ContentProblem("lifeSituations[" + i + "]", "catalog.invalid.unknown-life-situation"));
            }
        }
        return problems;
    }

    public static List<ContentProblem> check(FaqContent faq, References references) {
        List<ContentProblem> problems = new ArrayList<>();
        required(problems, "question", faq.question(), MAX_TEASER);
        required(problems, "answer", faq.answer(), MAX_TEXT);
        shortList(problems, "keywords", faq.keywords());
        for (int i = 0; i < faq.services().size(); i++) {
            if (!references.hasService(faq.services().get(i))) {
                problems.add(new ContentProblem("services[" + i + "]", "catalog.invalid.unknown-service"));
            }
        }
        return problems;
    }

    public static List<ContentProblem> check(LifeSituationData situation) {
        List<ContentProblem> problems = new ArrayList<>();
        slug(problems, situation.slug());
        if (situation.audience() == null) {
            problems.add(new ContentProblem("audience", "catalog.invalid.required"));
        }
        required(problems, "name", situation.name(), MAX_NAME);
        optional(problems, "teaser", situation.teaser(), MAX_TEASER);
        return problems;
    }

    public static List<ContentProblem> check(LocationData location) {
        List<ContentProblem> problems = new ArrayList<>();
        slug(problems, location.slug());
        required(problems, "name", location.name(), MAX_NAME);
        required(problems, "street", location.street(), MAX_NAME);
        if (!location.postalCode().matches("\\d{5}")) {
            problems.add(new ContentProblem("postalCode", "catalog.invalid.postal-code"));
        }
        required(problems, "city", location.city(), MAX_NAME);
        optional(problems, "accessibility", location.accessibility(), MAX_TEXT);
        optional(problems, "publicTransport", location.publicTransport(), MAX_TEXT);
        return problems;
    }

    /**
     * @param hasLocation whether a location slug exists in the town (or the same import)
     */
    public static List<ContentProblem> check(OfficeData office, java.util.function.Predicate<String> hasLocation) {
        List<ContentProblem> problems = new ArrayList<>();
        slug(problems, office.slug());
        required(problems, "name", office.name(), MAX_NAME);
        optional(problems, "description", office.description(), MAX_TEXT);
        optional(problems, "postalAddress", office.postalAddress(), MAX_SHORT);
        optional(problems, "openingNote", office.openingNote(), MAX_TEXT);
        for (int i = 0; i < office.openingHours().size(); i++) {
            OpeningHours hours = office.openingHours().get(i);
            if (hours.days().isEmpty()) {
                problems.add(new ContentProblem("openingHours[" + i + "].days", "catalog.invalid.required"));
            }
            if (hours.opens() == null
                    || hours.closes() == null
                    || !hours.opens().isBefore(hours.closes())) {
                problems.add(new ContentProblem("openingHours[" + i + "].closes", "catalog.invalid.hours-order"));
            }
        }
        for (int i = 0; i < office.locations().size(); i++) {
            if (!hasLocation.test(office.locations().get(i))) {
                problems.add(new ContentProblem("locations[" + i + "]", "catalog.invalid.unknown-location"));
            }
        }
        return problems;
    }

    public static List<ContentProblem> check(LocalHoliday holiday) {
        List<ContentProblem> problems = new ArrayList<>();
        required(problems, "name", holiday.name(), MAX_NAME);
        try {
            java.time.LocalDate.of(holiday.year() == null ? 2024 : holiday.year(), holiday.month(), holiday.day());
        } catch (java.time.DateTimeException e) {
            problems.add(new ContentProblem("day", "catalog.invalid.date"));
        }
        return problems;
    }

    private static void slug(List<ContentProblem> problems, @Nullable String slug) {
        if (slug == null || !isSlug(slug)) {
            problems.add(new ContentProblem("slug", "catalog.invalid.slug"));
        }
    }

    private static void checkFee(List<ContentProblem> problems, String field, FeeItem fee) {
        required(problems, field + ".label", fee.label(), MAX_SHORT);
        if (!CURRENCY.matcher(fee.currency()).matches()) {
            problems.add(new ContentProblem(field + ".currency", "catalog.invalid.currency"));
        }
        boolean range = fee.minAmount() != null || fee.maxAmount() != null;
        if (fee.amount() == null && !range) {
            problems.add(new ContentProblem(field + ".amount", "catalog.invalid.fee-amount-missing"));
        } else if (fee.amount() != null && range) {
            problems.add(new ContentProblem(field + ".amount", "catalog.invalid.fee-amount-and-range"));
        } else if (fee.amount() != null) {
            if (fee.amount().signum() < 0) {
                problems.add(new ContentProblem(field + ".amount", "catalog.invalid.negative"));
            }
        } else if (fee.minAmount() == null || fee.maxAmount() == null) {
            problems.add(new ContentProblem(field + ".maxAmount", "catalog.invalid.fee-range-incomplete"));
        } else if (fee.minAmount().signum() < 0) {
            problems.add(new ContentProblem(field + ".minAmount", "catalog.invalid.negative"));
        } else if (fee.minAmount().compareTo(fee.maxAmount()) > 0) {
            problems.add(new ContentProblem(field + ".maxAmount", "catalog.invalid.fee-range-order"));
        }
    }

    private static void required(List<ContentProblem> problems, String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new ContentProblem(field, "catalog.invalid.required"));
        } else {
            optional(problems, field, value, max);
        }
    }

    private static void optional(List<ContentProblem> problems, String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new ContentProblem(field, "catalog.invalid.too-long"));
        }
    }

    private static void shortList(List<ContentProblem> problems, String field, List<String> values) {
        if (values.size() > MAX_LIST) {
            problems.add(new ContentProblem(field, "catalog.invalid.too-many"));
        }
        for (int i = 0; i < values.size(); i++) {
            required(problems, field + "[" + i + "]", values.get(i), MAX_SHORT);
        }
    }

    private static void url(List<ContentProblem> problems, String field, String value) {
        if (!isWebAddress(value)) {
            problems.add(new ContentProblem(field, "catalog.invalid.url"));
        }
    }

    /** Only http(s) addresses: a "javascript:" link in content would run in citizens' browsers. */
    public static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
                    && uri.getHost() != null
                    && value.length() <= 2000;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
