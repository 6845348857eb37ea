package id.anjungan.village.operator;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Real OpenSID checks the desa's premium subscription upstream on every API request and, when that
 * check fails, passes the upstream's body and status through unchanged (contract §1.9). With the
 * fault switched on, every {@code /api/v1} call gets such a body, which is not the contract's shape.
 */
@Component
class PremiumGateFilter extends OncePerRequestFilter {

    static final String UPSTREAM_BODY = "{\"status\":false,\"pesan\":\"Langganan premium desa tidak aktif atau tidak dapat diperiksa.\"}";

    private final FaultSwitches faults;

    PremiumGateFilter(FaultSwitches faults) {
        this.faults = faults;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (faults.premiumGateDown()) {
            response.setStatus(503);
            response.setContentType("application/json");
            response.getOutputStream().write(UPSTREAM_BODY.getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
