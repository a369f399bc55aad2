/**
 * Taking part in decisions: the idea store (Themenspeicher), proposals, comments, surveys,
 * participatory budgets (Bürgerhaushalt) and the project list.
 *
 * <p>Part of the module skeleton (ARCHITECTURE.md); the capability is built by its own issue, which
 * also declares the module's dependencies here.
 */
@ApplicationModule(
        displayName = "Participation",
        allowedDependencies = {})
@NullMarked
package de.rathaus.participation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
