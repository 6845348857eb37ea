package id.anjungan.village.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure into the response real OpenSID (Laravel) would give. */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> api(ApiException e, HttpServletRequest request) {
        return switch (e.error()) {
            case VALIDATION -> validation(e.fieldErrors(), request);
            case UNAUTHENTICATED -> ClientIntent.wantsJson(request)
                    ? json(401, Map.of("message", "Unauthenticated."))
                    // Laravel redirects to route('login'), which the API does not define: a 500 page
                    : serverErrorPage();
            case FAIL_400, FAIL_401, FAIL_403, FAIL_404, FAIL_409 -> json(e.error().status(), failBody(e));
            case TOO_MANY_REQUESTS -> ResponseEntity.status(429).header(HttpHeaders.RETRY_AFTER, "60")
                    .contentType(MediaType.APPLICATION_JSON).body(Map.of("message", e.getMessage()));
            case SERVER_ERROR -> {
                log.error("server error answered as 500: {}", e.getMessage());
                yield json(500, Map.of("message", "Server Error"));
            }
            default -> json(e.error().status(), Map.of("message", e.getMessage()));
        };
    }

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    ResponseEntity<Object> noRoute(Exception e, HttpServletRequest request) {
        String path = request.getRequestURI().replaceFirst("^/", "");
        return json(404, Map.of("message", "The route " + path + " could not be found."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Object> wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        String supported = e.getSupportedHttpMethods() == null ? "" : String.join(", ",
                e.getSupportedHttpMethods().stream().map(Object::toString).toList());
        String path = request.getRequestURI().replaceFirst("^/", "");
        return json(405, Map.of("message", "The " + e.getMethod() + " method is not supported for route " + path
                + ". Supported methods: " + supported + "."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> badPathValue(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return noRoute(e, request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Object> tooLarge(MaxUploadSizeExceededException e) {
        return json(413, Map.of("message", "The POST data is too large."));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, HttpMediaTypeNotAcceptableException.class})
    ResponseEntity<Object> badRequest(Exception e) {
        return json(400, Map.of("message", e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("unexpected error answered as 500", e);
        return json(500, Map.of("message", "Server Error"));
    }

    private static ResponseEntity<Object> validation(Map<String, List<String>> errors, HttpServletRequest request) {
        if (!ClientIntent.wantsJson(request)) {
            // Laravel sends browsers back where they came from; API clients that forget Accept see a 302
            String back = request.getHeader(HttpHeaders.REFERER);
            return ResponseEntity.status(HttpStatus.FOUND)
                    .header(HttpHeaders.LOCATION, back == null ? "/" : back).build();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", summary(errors));
        body.put("errors", errors);
        return json(422, body);
    }

    static String summary(Map<String, List<String>> errors) {
        List<String> all = errors.values().stream().flatMap(List::stream).toList();
        if (all.isEmpty()) {
            return "The given data was invalid.";
        }
        int more = all.size() - 1;
        if (more == 0) {
            return all.get(0);
        }
        return all.get(0) + " (and " + more + " more error" + (more == 1 ? "" : "s") + ")";
    }

    private static Map<String, Object> failBody(ApiException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", e.error().status());
        body.put("messages", e.messages());
        return body;
    }

    private static ResponseEntity<Object> json(int status, Object body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static ResponseEntity<Object> serverErrorPage() {
        return ResponseEntity.status(500).contentType(MediaType.TEXT_HTML)
                .body("<!DOCTYPE html><html><head><title>Server Error</title></head>"
                        + "<body><h1>500</h1><p>Server Error</p></body></html>");
    }
}
