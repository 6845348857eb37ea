package id.anjungan.device.fingerprint.sim;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentSkipListMap;

/** The module's flash library: page to the identity of the finger enrolled there, in memory only. */
final class TemplateLibrary {

    private final int capacity;
    private final Map<Integer, String> pages = new ConcurrentSkipListMap<>();

    TemplateLibrary(int capacity) {
        this.capacity = capacity;
    }

    int capacity() {
        return capacity;
    }

    boolean holds(int page) {
        return page >= 0 && page < capacity;
    }

    void store(int page, String identity) {
        pages.put(page, identity);
    }

    Optional<String> load(int page) {
        return Optional.ofNullable(pages.get(page));
    }

    void delete(int page, int count) {
        for (int p = page; p < page + count; p++) {
            pages.remove(p);
        }
    }

    int count() {
        return pages.size();
    }

    /** The lowest page in {@code [start, start + count)} holding {@code identity}. */
    OptionalInt find(String identity, int start, int count) {
        return pages.entrySet().stream()
                .filter(e -> e.getKey() >= start && e.getKey() < start + count && e.getValue().equals(identity))
                .mapToInt(Map.Entry::getKey)
                .findFirst();
    }
}
