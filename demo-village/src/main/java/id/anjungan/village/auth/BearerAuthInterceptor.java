package id.anjungan.village.auth;

import id.anjungan.village.http.ApiException;
import id.anjungan.village.penduduk.ResidentRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/** The {@code auth:jwt} middleware: a valid bearer token of an existing layanan-mandiri account. */
@Component
class BearerAuthInterceptor implements HandlerInterceptor {

    private final TokenService tokens;
    private final ResidentRepository residents;

    BearerAuthInterceptor(TokenService tokens, ResidentRepository residents) {
        this.tokens = tokens;
        this.residents = residents;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiException.unauthenticated();
        }
        String token = header.substring(7).trim();
        Optional<Long> id = tokens.verify(token);
        if (id.isEmpty() || residents.account(id.get()).isEmpty()) {
            throw ApiException.unauthenticated();
        }
        request.setAttribute(CurrentResident.ATTRIBUTE, id.get());
        request.setAttribute(CurrentResident.TOKEN, token);
        return true;
    }
}
