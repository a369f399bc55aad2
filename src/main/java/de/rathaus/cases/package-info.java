/**
 * Processing applications without paper: inboxes per office, assignment, workflow, requests to
 * citizens (Rückfragen), decisions (Bescheide) and deadlines (Fristen).
 */
@ApplicationModule(
        displayName = "Cases",
        allowedDependencies = {
            "records",
            "account",
            "forms",
            "forms::submission",
            "forms::receipt",
            "catalog",
            "identity",
            "payment",
            "platform::tenancy",
            "platform::web",
            "platform::audit",
            "platform::mail",
            "platform::files",
            "platform::jobs",
            "platform::documents"
        })
@NullMarked
package de.rathaus.cases;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
