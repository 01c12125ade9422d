package org.communique.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** docker-compose.yml as a tree (anchors and merge keys resolved) and its check against the Compose schema. */
final class ComposeFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ComposeFile() {
    }

    static JsonNode load(String text) {
        Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        return JSON.valueToTree(loaded);
    }

    static JsonNode load(Path file) {
        try {
            return load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Messages of the Compose specification's schema (additionalProperties: false nearly everywhere). */
    static List<String> validate(JsonNode compose) {
        return schema().validate(compose).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static JsonSchema schema() {
        try {
            Path file = Project.schemas().resolve("compose/compose-spec.json");
            ObjectNode schema = (ObjectNode) JSON.readTree(file.toFile());
            // draft-07 by its content; the https form of the meta-schema URI is not one the validator knows,
            // and its relative $id needs a base: the file itself
            schema.remove("$schema");
            schema.put("$id", file.toUri().toString());
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
