package id.anjungan.village.desa;

import id.anjungan.village.pdf.VillageLogo;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The village logo that {@code profil-desa} points at, so a kiosk's attract screen can show it. */
@RestController
class LogoController {

    static final String PATH = "/desa/logo/logo-desa.png";

    private final byte[] png = VillageLogo.png(256);

    @GetMapping(PATH)
    ResponseEntity<byte[]> logo() {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1))).body(png);
    }
}
