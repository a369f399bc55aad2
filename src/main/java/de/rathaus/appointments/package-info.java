/**
 * Booking appointments and drawing a number: counters, slots, bookings, the walk-in queue, the
 * call display and waiting times.
 *
 * <p>Part of the module skeleton (ARCHITECTURE.md); the capability is built by its own issue, which
 * also declares the module's dependencies here.
 */
@ApplicationModule(
        displayName = "Appointments",
        allowedDependencies = {})
@NullMarked
package de.rathaus.appointments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
