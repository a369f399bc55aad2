/**
 * Processing applications without paper: inboxes per office, assignment, workflow, requests to
 * citizens (Rückfragen), decisions (Bescheide) and deadlines (Fristen).
 *
 * <p>Part of the module skeleton (ARCHITECTURE.md); the capability is built by its own issue, which
 * also declares the module's dependencies here.
 */
@ApplicationModule(
        displayName = "Cases",
        allowedDependencies = {})
@NullMarked
package de.rathaus.cases;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
