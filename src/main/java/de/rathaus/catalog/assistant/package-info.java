/**
 * "Frag die Stadt": a citizen types a question in plain German and gets a short answer drawn
 * from the catalogue and its FAQs, the matching services, the next steps and the responsible
 * office. The assistant asks back when a question is ambiguous and says honestly when it does not
 * know. Every fact comes from the catalogue; an optional OpenAI-compatible model may only phrase
 * them, and sees the citizen's text only after personal data has been removed.
 */
@NullMarked
package de.rathaus.catalog.assistant;

import org.jspecify.annotations.NullMarked;
