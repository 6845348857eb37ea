package id.anjungan.backend.opensid;

import com.fasterxml.jackson.databind.JsonNode;
import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.backend.BackendSettings;
import id.anjungan.backend.transport.HttpCall;
import id.anjungan.backend.transport.HttpReply;
import id.anjungan.backend.transport.HttpTransport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

/** Sends calls, turns failures into {@link BackendException}s, and reads the JSON:API envelope and paged lists. */
final class ApiCaller {

    /** OpenSID's largest page. */
    static final String PAGE_SIZE = "100";

    private final HttpTransport transport;
    private final BackendSettings settings;

    ApiCaller(HttpTransport transport, BackendSettings settings) {
        this.transport = transport;
        this.settings = settings;
    }

    BackendSettings settings() {
        return settings;
    }

    /** A successful reply, or the mapped failure. */
    HttpReply send(Endpoint endpoint, HttpCall call) {
        HttpReply reply = transport.exchange(call);
        if (!reply.successful()) {
            throw FailureMapper.map(endpoint, reply);
        }
        return reply;
    }

    /** For calls answered with a {@code {code, messages}} acknowledgement: success needs a JSON object. */
    void acknowledged(Endpoint endpoint, HttpCall call) {
        JsonNode body = OpenSidJson.tree(send(endpoint, call).body(), endpoint.name());
        if (!body.isObject()) {
            throw new BackendException(BackendError.PROTOCOL, endpoint + ": acknowledgement is not a JSON object");
        }
    }

    /** The attributes of a single-resource answer, read as {@code type}. */
    <T> Resource<T> single(Endpoint endpoint, HttpCall call, Class<T> type) {
        DocumentDto document = document(endpoint, send(endpoint, call));
        if (document.data() == null || !document.data().isObject()) {
            throw new BackendException(BackendError.PROTOCOL, endpoint + ": 'data' is not a single resource");
        }
        return resource(endpoint, document.data(), type);
    }

    /** Every item of a paged list, following the pages to the end but never past {@code maxPages}. */
    <T, R> List<R> allPages(Endpoint endpoint, String path, Map<String, String> query, String token, Class<T> type,
            Function<Resource<T>, R> mapper) {
        List<R> items = new ArrayList<>();
        for (int page = 1; ; page++) {
            if (page > settings.maxPages()) {
                throw new BackendException(BackendError.PROTOCOL,
                        endpoint + ": the list goes on past " + settings.maxPages() + " pages; refusing to follow further");
            }
            Map<String, String> pageQuery = new LinkedHashMap<>(query);
            pageQuery.put("page[number]", String.valueOf(page));
            pageQuery.put("page[size]", PAGE_SIZE);
            HttpCall call = HttpCall.get(path, pageQuery, token, settings.maxResponseBytes());
            DocumentDto document = document(endpoint, send(endpoint, call));
            if (document.data() == null || !document.data().isArray()) {
                throw new BackendException(BackendError.PROTOCOL, endpoint + ": 'data' is not a list");
            }
            for (JsonNode element : document.data()) {
                items.add(mapper.apply(resource(endpoint, element, type)));
            }
            if (!morePages(endpoint, document, page)) {
                return items;
            }
        }
    }

    private static boolean morePages(Endpoint endpoint, DocumentDto document, int requested) {
        PaginationDto pagination = document.meta() == null ? null : document.meta().pagination();
        if (pagination != null) {
            OptionalLong total = Lenient.number(pagination.totalPages());
            OptionalLong current = Lenient.number(pagination.currentPage());
            if (current.isPresent() && current.getAsLong() != requested) {
                throw new BackendException(BackendError.PROTOCOL,
                        endpoint + ": asked for page " + requested + " but got page " + current.getAsLong());
            }
            if (total.isPresent()) {
                return requested < total.getAsLong();
            }
        }
        return document.links() != null && Lenient.text(document.links().next()) != null && !document.data().isEmpty();
    }

    private static DocumentDto document(Endpoint endpoint, HttpReply reply) {
        JsonNode tree = OpenSidJson.tree(reply.body(), endpoint.name());
        if (!tree.isObject() || !tree.has("data")) {
            throw new BackendException(BackendError.PROTOCOL, endpoint + ": answer has no 'data' member");
        }
        return OpenSidJson.convert(tree, DocumentDto.class, endpoint.name());
    }

    private static <T> Resource<T> resource(Endpoint endpoint, JsonNode node, Class<T> type) {
        ResourceDto resource = OpenSidJson.convert(node, ResourceDto.class, endpoint.name());
        if (Lenient.text(resource.id()) == null || resource.attributes() == null || !resource.attributes().isObject()) {
            throw new BackendException(BackendError.PROTOCOL, endpoint + ": a resource lacks its id or attributes");
        }
        return new Resource<>(resource.id().trim(), OpenSidJson.convert(resource.attributes(), type, endpoint.name()));
    }

    /** A resource's string id with its attributes read as a DTO. */
    static final class Resource<T> {
        private final String id;
        private final T attributes;

        Resource(String id, T attributes) {
            this.id = id;
            this.attributes = attributes;
        }

        String id() {
            return id;
        }

        T attributes() {
            return attributes;
        }
    }
}
