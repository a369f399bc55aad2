/**
 * Background jobs on db-scheduler: safe with several nodes, since tasks are claimed in PostgreSQL.
 * A module contributes a job by declaring a db-scheduler {@code Task} bean; jobs that touch tenant
 * data run per tenant with {@link de.rathaus.platform.tenancy.CurrentTenant#runAs}.
 */
@NamedInterface("jobs")
@NullMarked
package de.rathaus.platform.jobs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
