package id.anjungan.village;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of demo-village ({@code village.*}).
 *
 * @param database      SQLite file; blank means a fresh seeded database in a new temporary folder
 * @param jwtSecret     HS256 secret; blank means a random secret per start
 * @param jwtTtlMinutes token lifetime, OpenSID's {@code JWT_TTL}
 * @param publicUrl     base URL written into letter QR codes; blank means taken from the request
 * @param ftpUrl        stands in for OpenSID's {@code FTP_URL} in arsip {@code file} values
 * @param maxBodyBytes  request bodies above this are answered 413
 * @param zone          time zone of letter dates
 */
@ConfigurationProperties("village")
public record VillageProperties(
        String database,
        String jwtSecret,
        long jwtTtlMinutes,
        String publicUrl,
        String ftpUrl,
        long maxBodyBytes,
        ZoneId zone) {

    public VillageProperties {
        if (jwtTtlMinutes < 1) {
            throw new IllegalArgumentException("village.jwt-ttl-minutes must be at least 1, was " + jwtTtlMinutes);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("village.max-body-bytes must be at least 1024, was " + maxBodyBytes);
        }
        zone = zone == null ? ZoneId.of("Asia/Jakarta") : zone;
        ftpUrl = ftpUrl == null ? "ftp://127.0.0.1/desa" : ftpUrl;
    }
}
