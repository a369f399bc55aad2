package de.rathaus.catalog.settings;

import org.jspecify.annotations.Nullable;

/** A new office: its short address and name; the rest is filled in on its page. */
record NewOfficeForm(@Nullable String slug, @Nullable String name) {}
