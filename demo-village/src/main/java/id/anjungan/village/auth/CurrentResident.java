package id.anjungan.village.auth;

import id.anjungan.village.http.ApiException;
import jakarta.servlet.http.HttpServletRequest;

/** Who the bearer token belongs to, as {@link BearerAuthInterceptor} left it on the request. */
public final class CurrentResident {

    static final String ATTRIBUTE = CurrentResident.class.getName() + ".id";
    static final String TOKEN = CurrentResident.class.getName() + ".token";

    private CurrentResident() {
    }

    public static long id(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        if (id instanceof Long l) {
            return l;
        }
        throw ApiException.unauthenticated();
    }

    static String token(HttpServletRequest request) {
        return (String) request.getAttribute(TOKEN);
    }
}
