package de.rathaus.platform.tenancy;

import java.util.regex.Pattern;

/** A town's crest colour, accepted only if white text on it is readable (WCAG contrast 4.5:1). */
final class AccentColour {

    private static final Pattern HEX = Pattern.compile("^#[0-9a-fA-F]{6}$");

    private AccentColour() {}

    static void check(String colour) {
        if (!HEX.matcher(colour).matches()) {
            throw new IllegalArgumentException("Accent colour must look like #1a2b3c: " + colour);
        }
        double ratio = 1.05 / (luminance(colour) + 0.05);
        if (ratio < 4.5) {
            throw new IllegalArgumentException(
                    "Accent colour %s has a contrast of %.2f:1 against white; at least 4.5:1 is needed"
                            .formatted(colour, ratio));
        }
    }

    static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
