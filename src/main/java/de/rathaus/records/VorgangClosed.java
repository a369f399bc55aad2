package de.rathaus.records;

/** A closed Vorgang (zdA) takes no new documents or versions; reopen it as a new Vorgang instead. */
public class VorgangClosed extends IllegalStateException {

    public VorgangClosed(VorgangId id) {
        super("Vorgang " + id.value() + " is closed");
    }
}
