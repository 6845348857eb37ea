package id.anjungan.backend.opensid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON side of the wire. The mapper keeps Jackson's default of failing on unknown properties: tolerance is
 * declared on every DTO, and {@code DtoToleranceTest} checks that no DTO forgets it.
 */
final class OpenSidJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OpenSidJson() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses a body; anything that is not complete JSON is a {@link BackendError#PROTOCOL} failure. */
    static JsonNode tree(byte[] body, String what) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new BackendException(BackendError.PROTOCOL, what + ": empty body where JSON was expected");
            }
            return node;
        } catch (IOException unreadable) {
            throw new BackendException(BackendError.PROTOCOL,
                    what + ": body is not JSON (" + unreadable.getClass().getSimpleName() + ")", unreadable);
        }
    }

    /** Converts a node to a DTO; a shape the DTO cannot hold is a {@link BackendError#PROTOCOL} failure. */
    static <T> T convert(JsonNode node, Class<T> type, String what) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException wrongShape) {
            throw new BackendException(BackendError.PROTOCOL,
                    what + ": unexpected JSON shape for " + type.getSimpleName(), wrongShape);
        }
    }

    /** The elements of a JSON array, or the values of an object (PHP sends a sparse array as an object). */
    static List<JsonNode> elements(JsonNode node) {
        List<JsonNode> elements = new ArrayList<>();
        if (node != null && (node.isArray() || node.isObject())) {
            node.elements().forEachRemaining(elements::add);
        }
        return elements;
    }

    static String write(Map<String, String> values) {
        try {
            return MAPPER.writeValueAsString(values);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a map of strings always serializes", impossible);
        }
    }
}
