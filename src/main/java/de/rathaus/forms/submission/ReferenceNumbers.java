package de.rathaus.forms.submission;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Reference numbers (Aktenzeichen) citizens quote on the phone: {@code 2026-4821-0375-6}, the year
 * of submission in Berlin, eight random digits in two groups and a check digit (Luhn over the
 * eight digits) that catches one mistyped digit and most swapped neighbours.
 *
 * <p>Random rather than counted: a counter row per town and year would be locked by every
 * submission until it commits, so a town's submissions would queue behind each other. Uniqueness
 * within the town is the database's (a unique constraint; {@link Submissions} draws again on the
 * rare collision). Random numbers also tell nobody how many applications a town receives.
 */
final class ReferenceNumbers {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferenceNumbers() {}

    static String next(Instant submittedAt) {
        int year = submittedAt.atZone(BERLIN).getYear();
        String digits = String.format("%08d", RANDOM.nextInt(100_000_000));
        return year + "-" + digits.substring(0, 4) + "-" + digits.substring(4) + "-" + checkDigit(digits);
    }

    /** The Luhn check digit of a string of digits. */
    static int checkDigit(String digits) {
        int sum = 0;
        boolean doubled = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }
}
