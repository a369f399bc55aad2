package de.rathaus.forms.editor;

/**
 * A problem of a definition as the editor shows it: where in the document and what to do, in the
 * staff member's language. The error summary links each one to the JSON text box.
 *
 * @param anchor the id of the input the summary links to
 * @param path the JSON Pointer into the document, empty for the whole text
 * @param message what to do
 */
record Problem(String anchor, String path, String message) {

    static final String TEXT_BOX = "definition";

    /** The error summary's line: the place first, so a long list stays scannable. */
    public String text() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
