/**
 * Documents a town hands out as PDF: receipts for applications, decisions and letters. A Thymeleaf
 * template becomes an archivable PDF/A-2a that screen readers can follow (PDF/UA-1, tagged), with
 * the fonts embedded, so the citizen's copy looks and reads the same in decades.
 *
 * <p>Other modules call {@link de.rathaus.platform.documents.PdfDocuments#render}; their templates
 * may use the letterhead layout {@code documents/layout :: document(title, content)}.
 */
@NamedInterface("documents")
@NullMarked
package de.rathaus.platform.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
