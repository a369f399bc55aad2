/** The database: the embedded PostgreSQL that Rathaus starts when no external one is configured. */
@NullMarked
package de.rathaus.platform.db;

import org.jspecify.annotations.NullMarked;
