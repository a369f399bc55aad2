package de.rathaus.forms.definition;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import de.rathaus.forms.FormId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Validates answers against the JSON Schema derived from their form ({@link FormSchema}), with the
 * same error format as {@link FormRules}: a JSON Pointer to the answer and a message key with the
 * field's label. The API checks the schema first (shapes and types) and then the form's rules.
 */
@Component
public class SchemaCheck {

    /** More than the published versions of all towns; past it the cache starts afresh. */
    private static final int CAPACITY = 10_000;

    private record Key(FormId id, int version) {}

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .formatAssertionsEnabled(true)
                    .regularExpressionFactory(BoundedPattern.FACTORY)
                    .build()));
    private final Map<Key, Schema> compiled = new ConcurrentHashMap<>();

    /**
     * Checks answers to a published version; its compiled schema is kept, as a published version
     * never changes.
     */
    public List<AnswerError> check(FormId id, int version, FormDefinition form, JsonNode answers) {
        if (compiled.size() > CAPACITY) {
            compiled.clear();
        }
        Schema schema = compiled.computeIfAbsent(new Key(id, version), key -> compile(form));
        return errors(schema, form, answers);
    }

    /** Checks answers to a definition that may still change (a draft in the editor's preview). */
    public List<AnswerError> check(FormDefinition form, JsonNode answers) {
        return errors(compile(form), form, answers);
    }

    private Schema compile(FormDefinition form) {
        Schema schema = registry.getSchema(FormSchema.of(form));
        schema.initializeValidators();
        return schema;
    }

    private static List<AnswerError> errors(Schema schema, FormDefinition form, JsonNode answers) {
        List<AnswerError> absurd = SchemaErrors.absurdNumbers(form, answers);
        if (!absurd.isEmpty()) {
            return absurd;
        }
        // one error per place: a wrong value may break several keywords at once
        Map<String, AnswerError> byPath = new LinkedHashMap<>();
        for (Error error : schema.validate(answers)) {
            AnswerError mapped = SchemaErrors.map(form, error);
            byPath.putIfAbsent(mapped.path(), mapped);
        }
        return List.copyOf(byPath.values());
    }
}
