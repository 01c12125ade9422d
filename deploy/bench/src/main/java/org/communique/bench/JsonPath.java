package org.communique.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * One scalar of a JSON document, found by its path of field names with a streaming parser: the whole document
 * is still read (so malformed JSON fails as it would for a tree), but no tree of nodes is built.
 */
final class JsonPath {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonPath() {
    }

    /**
     * The text of the scalar at {@code path} (as {@code JsonNode.asText()} gives it), or null when the document
     * is not an object or has nothing there.
     *
     * @throws IOException when the document is not well-formed JSON
     */
    static String text(byte[] json, int offset, int length, String... path) throws IOException {
        try (JsonParser parser = JSON.createParser(json, offset, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return null;
            }
            return find(parser, path, 0);
        }
    }

    static String text(byte[] json, String... path) throws IOException {
        return text(json, 0, json.length, path);
    }

    /** Reads the object the parser is at to its end; the last value under the path's field wins, as in a tree. */
    private static String find(JsonParser parser, String[] path, int depth) throws IOException {
        String found = null;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            boolean onPath = path[depth].equals(parser.currentName());
            JsonToken value = parser.nextToken();
            if (onPath && depth == path.length - 1 && value.isScalarValue()) {
                found = parser.getText();
            } else if (onPath && depth < path.length - 1 && value == JsonToken.START_OBJECT) {
                found = find(parser, path, depth + 1);
            } else {
                if (onPath) {
                    found = null;
                }
                parser.skipChildren();
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new IOException("not a JSON object: " + token);
        }
        return found;
    }
}
