package id.anjungan.village.http;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * spatie/laravel-json-api-paginate: {@code page[number]} and {@code page[size]}, 15 by default,
 * at most 100; links keep the other query parameters and are encoded as PHP's http_build_query does.
 */
public final class PageRequest {

    public static final int DEFAULT_SIZE = 15;
    public static final int MAX_SIZE = 100;

    private final int number;
    private final int size;
    private final String baseUrl;
    private final Map<String, String[]> otherParams;

    private PageRequest(int number, int size, String baseUrl, Map<String, String[]> otherParams) {
        this.number = number;
        this.size = size;
        this.baseUrl = baseUrl;
        this.otherParams = otherParams;
    }

    public static PageRequest from(HttpServletRequest request) {
        int size = positive(request.getParameter("page[size]"), DEFAULT_SIZE);
        int number = positive(request.getParameter("page[number]"), 1);
        Map<String, String[]> others = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> {
            if (!k.equals("page[number]")) {
                others.put(k, v);
            }
        });
        return new PageRequest(number, Math.min(size, MAX_SIZE), request.getRequestURL().toString(), others);
    }

    private static int positive(String raw, int fallback) {
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            return value > 0 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public int number() {
        return number;
    }

    public int size() {
        return size;
    }

    public int offset() {
        return (number - 1) * size;
    }

    int totalPages(long total) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    Map<String, Object> pagination(int count, long total) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("total", total);
        p.put("count", count);
        p.put("per_page", size);
        p.put("current_page", number);
        p.put("total_pages", totalPages(total));
        return p;
    }

    Map<String, Object> links(long total) {
        int last = totalPages(total);
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", url(number));
        links.put("first", url(1));
        if (number > 1) {
            links.put("prev", url(Math.min(number - 1, last)));
        }
        if (number < last) {
            links.put("next", url(number + 1));
        }
        links.put("last", url(last));
        return links;
    }

    private String url(int page) {
        List<String> parts = new ArrayList<>();
        otherParams.forEach((k, values) -> {
            for (String v : values) {
                parts.add(encode(k) + "=" + encode(v));
            }
        });
        parts.add(encode("page[number]") + "=" + page);
        return baseUrl + "?" + String.join("&", parts);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
