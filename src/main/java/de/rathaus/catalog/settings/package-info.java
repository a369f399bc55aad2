/**
 * Staff settings of the catalogue that are not services: the offices' public profiles (contact,
 * opening hours, locations) and the town's holidays (federal state and local holidays).
 */
@NullMarked
package de.rathaus.catalog.settings;

import org.jspecify.annotations.NullMarked;
