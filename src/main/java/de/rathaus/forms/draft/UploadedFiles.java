package de.rathaus.forms.draft;

import de.rathaus.platform.files.FileId;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The uploads named in answers: every object shaped as a FILE answer ({@code {"file": id, "name":
 * …}}), wherever it sits (top level or inside a group entry).
 */
public final class UploadedFiles {

    private UploadedFiles() {}

    public static List<FileId> in(JsonNode answers) {
        var found = new ArrayList<FileId>();
        collect(answers, found);
        return found;
    }

    private static void collect(JsonNode node, List<FileId> found) {
        if (node.isObject() && node.path("file").isString() && node.has("name")) {
            try {
                found.add(FileId.of(node.path("file").asString()));
            } catch (IllegalArgumentException notAnId) {
                // a hand-made value that names no stored file: nothing to delete
            }
            return;
        }
        if (node.isContainer()) {
            for (JsonNode child : node) {
                collect(child, found);
            }
        }
    }
}
