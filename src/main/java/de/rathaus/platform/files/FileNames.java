package de.rathaus.platform.files;

import java.util.regex.Pattern;

/** Turns the name a browser sent into one that is safe to keep, show and offer for download. */
final class FileNames {

    static final String FALLBACK = "datei";
    private static final int MAX_LENGTH = 200;
    // control characters, and format characters such as RIGHT-TO-LEFT OVERRIDE, which can make
    // "rechnung<RLO>fdp.exe" look like "rechnungexe.pdf"
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FileNames() {}

    static String clean(String name) {
        // old browsers send the full client path, with either separator
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String visible = SPACES.matcher(INVISIBLE.matcher(base).replaceAll(""))
                .replaceAll(" ")
                .strip();
        if (visible.isEmpty() || visible.equals(".") || visible.equals("..")) {
            return FALLBACK;
        }
        return visible.length() <= MAX_LENGTH ? visible : shorten(visible);
    }

    /** Keeps the extension, so a shortened name still opens with the right program. */
    private static String shorten(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        int end = MAX_LENGTH - extension.length();
        if (Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end) + extension;
    }
}
