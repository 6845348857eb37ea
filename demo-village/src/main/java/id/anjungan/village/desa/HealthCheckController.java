package id.anjungan.village.desa;

import id.anjungan.village.http.ApiException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /} and {@code GET /healthcheck} outside {@code /api/v1}, throttled to 6 a minute (contract §2.10). */
@RestController
class HealthCheckController {

    static final int PER_MINUTE = 6;

    private final VillageRepository villages;
    private final Clock clock;
    private final Map<String, Deque<Long>> calls = new ConcurrentHashMap<>();

    HealthCheckController(VillageRepository villages, Clock clock) {
        this.villages = villages;
        this.clock = clock;
    }

    @GetMapping("/")
    Map<String, Object> version() {
        return Map.of("version", "v2608.0.0");
    }

    @GetMapping("/healthcheck")
    ResponseEntity<Map<String, Object>> health(HttpServletRequest request) {
        throttle(request.getRemoteAddr());
        Map<String, Object> checks = new LinkedHashMap<>();
        boolean database = villages.databaseAnswers();
        checks.put("premium", true);
        checks.put("database", database);
        checks.put("ftp", true);
        checks.put("email", true);
        checks.put("production", true);
        checks.put("appkey", true);
        checks.put("kodeDesa", database ? villages.village().kodeDesa() : "Tidak Ditemukan");
        boolean healthy = checks.values().stream().allMatch(v -> !Boolean.FALSE.equals(v));
        return ResponseEntity.status(healthy ? 200 : 500).body(checks);
    }

    private void throttle(String ip) {
        long now = clock.millis();
        Deque<Long> window = calls.computeIfAbsent(ip, k -> new ArrayDeque<>());
        synchronized (window) {
            while (!window.isEmpty() && window.peekFirst() <= now - 60_000) {
                window.pollFirst();
            }
            if (window.size() >= PER_MINUTE) {
                throw ApiException.tooManyRequests();
            }
            window.addLast(now);
        }
    }
}
