/**
 * The town admin's view of payments ({@code /verwaltung/zahlungen}): every payment with its status,
 * the open receivables of invoices, booking one as paid, and the CSV export for the accounting system.
 */
@NullMarked
package de.rathaus.payment.staff;

import org.jspecify.annotations.NullMarked;
