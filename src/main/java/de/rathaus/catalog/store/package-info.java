/**
 * Where the catalogue lives: versioned entries for services and FAQs, what is published of them,
 * life situations, locations, office profiles and holidays, and the exchange of whole catalogues.
 */
@NullMarked
package de.rathaus.catalog.store;

import org.jspecify.annotations.NullMarked;
