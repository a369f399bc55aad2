package de.rathaus.forms.submission;

import de.rathaus.forms.definition.Answers;
import de.rathaus.forms.definition.Field;
import de.rathaus.forms.definition.FieldType;
import de.rathaus.forms.definition.FormDefinition;
import de.rathaus.platform.files.FileId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Finds the files named by FILE answers, at the top level and inside group entries. */
final class Attachments {

    private Attachments() {}

    static List<Attachment> in(FormDefinition form, Answers answers) {
        List<Attachment> found = new ArrayList<>();
        for (Field field : form.fields()) {
            JsonNode answer = answers.get(field.id());
            if (answer == null) {
                continue;
            }
            if (field.type() == FieldType.FILE) {
                add(found, "/" + field.id(), answer);
            } else if (field.type() == FieldType.GROUP && answer.isArray()) {
                for (int i = 0; i < answer.size(); i++) {
                    for (Field member : field.fields()) {
                        JsonNode value = answer.get(i).get(member.id());
                        if (member.type() == FieldType.FILE && value != null && !value.isNull()) {
                            add(found, "/" + field.id() + "/" + i + "/" + member.id(), value);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static void add(List<Attachment> found, String path, JsonNode answer) {
        // checked answers: a FILE answer names a stored file by its id
        UUID id = UUID.fromString(answer.path("file").asString());
        found.add(new Attachment(new FileId(id), path));
    }
}
