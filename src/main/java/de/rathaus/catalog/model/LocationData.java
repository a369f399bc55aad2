package de.rathaus.catalog.model;

/**
 * A building where citizens are served.
 *
 * @param stepFree reachable without steps (wheelchair, pram)
 * @param accessibility how accessible the building is, in words
 * @param publicTransport how to get there by bus or train
 */
public record LocationData(
        String slug,
        String name,
        String street,
        String postalCode,
        String city,
        boolean stepFree,
        String accessibility,
        String publicTransport) {

    public LocationData {
        name = Values.text(name);
        street = Values.text(street);
        postalCode = Values.text(postalCode);
        city = Values.text(city);
        accessibility = Values.text(accessibility);
        publicTransport = Values.text(publicTransport);
    }
}
