package de.rathaus.payment.invoice;

/**
 * The format of the Kassenzeichen Rathaus numbers itself: twelve digits {@code JJJJ NNNNNNN P}, the
 * year, a running number of seven digits (from 0000001 each year, per town) and a check digit
 * (Luhn: modulus 10, weights 2 and 1 from the right), so the cash office catches a mistyped digit.
 * Example: the first of 2026 is {@code 202600000014}.
 */
final class Kassenzeichen {

    static final int MAX_NUMBER = 9_999_999;

    private Kassenzeichen() {}

    static String of(int year, int number) {
        if (year < 1000 || year > 9999 || number < 1 || number > MAX_NUMBER) {
            throw new IllegalArgumentException("No Kassenzeichen for year " + year + " and number " + number);
        }
        String digits = "%04d%07d".formatted(year, number);
        return digits + checkDigit(digits);
    }

    static boolean isValid(String kassenzeichen) {
        return kassenzeichen.matches("\\d{12}")
                && checkDigit(kassenzeichen.substring(0, 11)) == kassenzeichen.charAt(11) - '0';
    }

    private static int checkDigit(String digits) {
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }
}
