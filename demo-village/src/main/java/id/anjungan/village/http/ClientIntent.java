package id.anjungan.village.http;

import jakarta.servlet.http.HttpServletRequest;

/** Laravel's {@code expectsJson()}: how real OpenSID decides between JSON errors and redirects or HTML. */
public final class ClientIntent {

    private ClientIntent() {
    }

    public static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        String first = accept == null ? "" : accept.split(",")[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (first.contains("/json") || first.contains("+json")) {
            return true;
        }
        boolean ajax = "XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
        boolean acceptsAnything = accept == null || accept.isBlank() || first.startsWith("*/*");
        return ajax && acceptsAnything;
    }
}
