/**
 * The feedback mechanism of the accessibility statement: anyone can report a barrier; the town
 * gets it by e-mail and must answer. Reports are deleted after their retention period.
 */
@NullMarked
package de.rathaus.platform.feedback;

import org.jspecify.annotations.NullMarked;
