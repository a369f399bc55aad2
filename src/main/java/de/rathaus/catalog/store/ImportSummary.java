package de.rathaus.catalog.store;

/**
 * What an import did.
 *
 * @param created services and FAQs that were new
 * @param updated services and FAQs that got a new version
 * @param unchanged services and FAQs whose latest version already had this content
 */
public record ImportSummary(int created, int updated, int unchanged, int published) {}
