package id.anjungan.village.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every error demo-village answers, in the shapes real OpenSID uses (contract §1.6). The root of the
 * module's exceptions; {@link ApiExceptionHandler} turns each into its response.
 */
public class ApiException extends RuntimeException {

    private final ApiError error;
    private final transient Object messages;
    private final transient Map<String, List<String>> fieldErrors;

    private ApiException(ApiError error, String message, Object messages, Map<String, List<String>> fieldErrors) {
        super(message);
        this.error = error;
        this.messages = messages;
        this.fieldErrors = fieldErrors;
    }

    /** Controller-level {@code fail($data, $status)}: {@code {"code":N,"messages":...}}. */
    public static ApiException fail(int status, Object messages) {
        return new ApiException(ApiError.fail(status), String.valueOf(messages), messages, Map.of());
    }

    /** Laravel validation: 422 {@code {"message","errors"}}. */
    public static ApiException validation(Map<String, List<String>> errors) {
        return new ApiException(ApiError.VALIDATION, "validation failed", null, new LinkedHashMap<>(errors));
    }

    /** Eloquent {@code findOrFail}: 404 {@code {"message":"No query results for model [...] id"}}. */
    public static ApiException modelNotFound(String model, Object id) {
        String message = "No query results for model [App\\Models\\" + model + "]" + (id == null ? "" : " " + id);
        return new ApiException(ApiError.NOT_FOUND, message, null, Map.of());
    }

    public static ApiException unauthenticated() {
        return new ApiException(ApiError.UNAUTHENTICATED, "Unauthenticated.", null, Map.of());
    }

    /** Spatie QueryBuilder's refusal of a filter or sort it does not allow: 400 {@code {"message"}}. */
    public static ApiException invalidQuery(String message) {
        return new ApiException(ApiError.INVALID_QUERY, message, null, Map.of());
    }

    public static ApiException tooLarge() {
        return new ApiException(ApiError.PAYLOAD_TOO_LARGE, "The POST data is too large.", null, Map.of());
    }

    public static ApiException tooManyRequests() {
        return new ApiException(ApiError.TOO_MANY_REQUESTS, "Too Many Attempts.", null, Map.of());
    }

    /** An unhandled server error, as Laravel shows it with {@code APP_DEBUG=false}. */
    public static ApiException serverError(String why) {
        return new ApiException(ApiError.SERVER_ERROR, why, null, Map.of());
    }

    public ApiError error() {
        return error;
    }

    public Object messages() {
        return messages;
    }

    public Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }
}
