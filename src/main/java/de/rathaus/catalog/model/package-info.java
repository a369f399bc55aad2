/**
 * The catalogue's content as editors write it and as towns exchange it: services with the text
 * modules of XZuFi/FIM, FAQs, life situations, offices, locations and holidays.
 */
@NullMarked
package de.rathaus.catalog.model;

import org.jspecify.annotations.NullMarked;
