package id.anjungan.village.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fractal's JsonApiSerializer shapes: {@code {type, id (string), attributes}}, no relationships. */
public final class JsonApi {

    private JsonApi() {
    }

    public static Map<String, Object> resource(String type, Object id, Map<String, Object> attributes) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", type);
        item.put("id", String.valueOf(id));
        item.put("attributes", attributes);
        return item;
    }

    public static Map<String, Object> document(Map<String, Object> resource) {
        return Map.of("data", resource);
    }

    public static Map<String, Object> collection(List<Map<String, Object>> resources) {
        return Map.of("data", resources);
    }

    /** A paginated collection with {@code meta.pagination} and {@code links}. */
    public static Map<String, Object> page(List<Map<String, Object>> resources, PageRequest page, long total) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", resources);
        body.put("meta", Map.of("pagination", page.pagination(resources.size(), total)));
        body.put("links", page.links(total));
        return body;
    }

    /** Ordered attribute map from alternating keys and values; values may be null. */
    public static Map<String, Object> attributes(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must pair up");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
