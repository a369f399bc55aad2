/**
 * The catalogue's public pages and API: the home page's search box and life-situation tiles, the
 * services A to Z and by life situation, each service's start page ending in the next steps,
 * office and location pages, the FAQs, the town's holidays, and the JSON API under {@code
 * /api/v1} with its OpenAPI document.
 */
@NullMarked
package de.rathaus.catalog.web;

import org.jspecify.annotations.NullMarked;
