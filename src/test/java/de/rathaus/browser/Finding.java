package de.rathaus.browser;

/**
 * One problem found on one page: an axe-core rule violation, or one of our own checks (rule ids
 * starting with {@code rathaus-}).
 */
public record Finding(String page, String rule, String impact, String target, String summary) {

    @Override
    public String toString() {
        return page + "  [" + rule + ", " + impact + "]  " + target + "  – " + summary;
    }
}
