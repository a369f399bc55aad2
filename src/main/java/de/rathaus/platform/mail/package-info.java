/**
 * The mail outbox: e-mails are stored in the same transaction as the change that causes them and
 * sent by a job, retried with back-off while the SMTP server is unreachable.
 */
@NamedInterface("mail")
@NullMarked
package de.rathaus.platform.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
