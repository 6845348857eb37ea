package id.anjungan.village.operator;

import id.anjungan.village.VillageProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The base URL printed into letter QR codes: configured, or the one the operator used. */
final class PublicUrl {

    private PublicUrl() {
    }

    static String of(VillageProperties properties, HttpServletRequest request) {
        String configured = properties.publicUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.replaceAll("/+$", "");
        }
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }
}
