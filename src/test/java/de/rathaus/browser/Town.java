package de.rathaus.browser;

/**
 * The demo towns, addressed by host name as a visitor's browser would. Chromium resolves every
 * {@code *.localhost} name to the loopback address, so no hosts file is needed.
 */
public enum Town {
    MUSTERSTADT("localhost", "Musterstadt"),
    MUSTERDORF("musterdorf.localhost", "Musterdorf");

    private final String host;
    private final String displayName;

    Town(String host, String displayName) {
        this.host = host;
        this.displayName = displayName;
    }

    public String origin(int port) {
        return "http://" + host + ":" + port;
    }

    public String displayName() {
        return displayName;
    }
}
