package de.rathaus.forms.definition;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A form's pattern, matched with a budget. Patterns come from the town's editors and answers from
 * anyone: a pattern like {@code (a+)+b} takes exponential time on some inputs, so matching stops
 * after a fixed number of character reads and the answer counts as not matching (it is refused, and
 * nothing hangs). The budget counts steps, not time, so the outcome is the same on every machine.
 */
final class BoundedPattern {

    /** Far more reads than any sane pattern needs for the longest text a form accepts. */
    static final long BUDGET = 2_000_000;

    private static final int CACHE_CAPACITY = 1_000;
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    /** The networknt validator's regular expressions ({@code pattern}), with the same budget. */
    static final RegularExpressionFactory FACTORY = regex -> (RegularExpression) value -> find(compiled(regex), value);

    private BoundedPattern() {}

    /** Whether the whole text matches; {@code false} when matching runs out of budget. */
    static boolean matches(String regex, String text) {
        try {
            return compiled(regex)
                    .matcher(new Budgeted(text, new long[] {BUDGET}))
                    .matches();
        } catch (OutOfBudget e) {
            return false;
        }
    }

    private static boolean find(Pattern pattern, String text) {
        try {
            return pattern.matcher(new Budgeted(text, new long[] {BUDGET})).find();
        } catch (OutOfBudget e) {
            return false;
        }
    }

    /**
     * @throws java.util.regex.PatternSyntaxException when the pattern is not a regular expression
     */
    private static Pattern compiled(String regex) {
        if (COMPILED.size() > CACHE_CAPACITY) {
            COMPILED.clear();
        }
        return COMPILED.computeIfAbsent(regex, Pattern::compile);
    }

    /** The text, counting every character the matcher reads against a budget shared by its parts. */
    private record Budgeted(String text, long[] left) implements CharSequence {

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw new OutOfBudget();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(text.substring(start, end), left);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static final class OutOfBudget extends RuntimeException {
        OutOfBudget() {
            super(null, null, false, false);
        }
    }
}
