package id.anjungan.village.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import id.anjungan.village.VillageProperties;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * tymon/jwt-auth's tokens: HS256, subject = the resident id, a {@code jti} for the blacklist that
 * logout writes to, {@code JWT_TTL} minutes of life.
 */
@Component
public class TokenService {

    private final Algorithm algorithm;
    private final long ttlSeconds;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    public TokenService(VillageProperties properties, Clock clock, JdbcTemplate jdbc) {
        String secret = properties.jwtSecret();
        if (secret == null || secret.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            secret = HexFormat.of().formatHex(random);
        }
        this.algorithm = Algorithm.HMAC256(secret.getBytes(StandardCharsets.UTF_8));
        this.ttlSeconds = properties.jwtTtlMinutes() * 60;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public long ttlSeconds() {
        return ttlSeconds;
    }

    public String issue(long residentId, String issuer) {
        Instant now = clock.instant();
        return JWT.create()
                .withIssuer(issuer)
                .withSubject(Long.toString(residentId))
                .withIssuedAt(now)
                .withNotBefore(now)
                .withExpiresAt(now.plusSeconds(ttlSeconds))
                .withJWTId(UUID.randomUUID().toString())
                .withClaim("prv", "penduduk-mandiri")
                .sign(algorithm);
    }

    /** The resident id of a valid, unexpired, not revoked token. */
    public Optional<Long> verify(String token) {
        try {
            JWTVerifier verifier = ((JWTVerifier.BaseVerification) JWT.require(algorithm)).build(clock);
            DecodedJWT jwt = verifier.verify(token);
            if (jwt.getId() == null || isRevoked(jwt.getId())) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(jwt.getSubject()));
        } catch (JWTVerificationException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void revoke(String token) {
        DecodedJWT jwt = JWT.decode(token);
        long now = clock.instant().getEpochSecond();
        jdbc.update("DELETE FROM revoked_token WHERE expires_at < ?", now);
        jdbc.update("INSERT OR IGNORE INTO revoked_token (jti, expires_at) VALUES (?, ?)",
                jwt.getId(), jwt.getExpiresAtAsInstant().getEpochSecond());
    }

    private boolean isRevoked(String jti) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM revoked_token WHERE jti = ?", Integer.class, jti);
        return n != null && n > 0;
    }
}
