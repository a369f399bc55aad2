/**
 * The append-only, hash-chained audit log: every staff action and every access to personal data is
 * recorded, referring to people only by pseudonymous ids so personal data can be deleted without
 * breaking the chain.
 */
@NamedInterface("audit")
@NullMarked
package de.rathaus.platform.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
