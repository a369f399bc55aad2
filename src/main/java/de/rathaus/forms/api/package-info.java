/**
 * The forms' JSON API under {@code /api/v1/forms}: the published forms, their definitions and
 * derived JSON Schemas, and sending an application (with an idempotency key, the same trust
 * levels as the browser journey, and proof of work and rate limits for guests).
 */
@NullMarked
package de.rathaus.forms.api;

import org.jspecify.annotations.NullMarked;
