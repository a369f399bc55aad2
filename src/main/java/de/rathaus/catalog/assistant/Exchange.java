package de.rathaus.catalog.assistant;

/**
 * One question and its answer as the page shows them.
 *
 * @param asked what the citizen said: the question, or the label of the choice made
 */
record Exchange(String asked, Answer answer) {}
