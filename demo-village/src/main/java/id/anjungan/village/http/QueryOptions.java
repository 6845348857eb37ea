package id.anjungan.village.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spatie QueryBuilder's {@code filter[field]=value} and {@code sort=field|-field}, restricted to what
 * each endpoint allows; anything else is refused with Spatie's 400 message.
 *
 * @param filters    allowed filters that were given, field to value
 * @param sortField  the sort column, or null for the natural order
 * @param descending whether the sort was {@code -field}
 */
public record QueryOptions(Map<String, String> filters, String sortField, boolean descending) {

    public static QueryOptions from(HttpServletRequest request, Set<String> allowedFilters, Set<String> allowedSorts) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            String key = e.getKey();
            if (key.startsWith("filter[") && key.endsWith("]")) {
                String field = key.substring(7, key.length() - 1);
                if (!allowedFilters.contains(field)) {
                    throw ApiException.invalidQuery("Requested filter(s) `" + field + "` are not allowed. Allowed filter(s) are `"
                            + String.join(", ", sorted(allowedFilters)) + "`.");
                }
                filters.put(field, e.getValue()[0]);
            }
        }
        String sort = request.getParameter("sort");
        if (sort == null || sort.isBlank()) {
            return new QueryOptions(filters, null, false);
        }
        boolean desc = sort.startsWith("-");
        String field = desc ? sort.substring(1) : sort;
        if (!allowedSorts.contains(field)) {
            throw ApiException.invalidQuery("Requested sort(s) `" + sort + "` is not allowed. Allowed sort(s) are `"
                    + String.join(", ", sorted(allowedSorts)) + "`.");
        }
        return new QueryOptions(filters, field, desc);
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    /** ORDER BY clause: the allowed sort's column from {@code columns}, or {@code natural} when none was asked. */
    public String orderBy(Map<String, String> columns, String natural) {
        return sortField == null ? natural : columns.get(sortField) + (descending ? " DESC" : " ASC");
    }
}
