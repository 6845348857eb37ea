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

    /** {@code AND col LIKE ?} per filter: Spatie's default partial filters. Adds the values to {@code args}. */
    public String partialMatches(Map<String, String> columns, List<Object> args) {
        return where(columns, args, " LIKE ?", true);
    }

    /** {@code AND col = ?} per filter: Spatie's exact filters. Adds the values to {@code args}. */
    public String exactMatches(Map<String, String> columns, List<Object> args) {
        return where(columns, args, " = ?", false);
    }

    private String where(Map<String, String> columns, List<Object> args, String operator, boolean partial) {
        StringBuilder where = new StringBuilder();
        filters.forEach((field, value) -> {
            where.append(" AND CAST(").append(columns.get(field)).append(" AS TEXT)").append(operator);
            args.add(partial ? "%" + value + "%" : value);
        });
        return where.toString();
    }

    /** ORDER BY clause: the allowed sort's column from {@code columns}, or {@code natural} when none was asked. */
    public String orderBy(Map<String, String> columns, String natural) {
        return sortField == null ? natural : columns.get(sortField) + (descending ? " DESC" : " ASC");
    }
}
