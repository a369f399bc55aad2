package de.rathaus.catalog.assistant;

import org.jspecify.annotations.Nullable;

/**
 * The form under the conversation.
 *
 * @param frage the new question, or the question a follow-up belongs to
 * @param verlauf the earlier turns, see {@link Conversation}
 * @param wahl the choice made in a follow-up, if that is what was sent
 */
record QuestionForm(
        @Nullable String frage,
        @Nullable String verlauf,
        @Nullable String wahl) {}
