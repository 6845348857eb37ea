package id.anjungan.core.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything under {@code anjungan.*}. Defaults live in {@code anjungan-defaults.yml} (demo mode); the site file
 * {@code /etc/anjungan/kiosk.yml} or {@code --anjungan.config=PATH} overrides them. {@link ConfigurationCheck}
 * turns unusable values into one plain line each before anything starts.
 *
 * @param mode     {@code demo} (no site file: simulated devices, a demo-village handed in by the launcher) or
 *                 {@code site} (a real kiosk)
 * @param kiosk    who this kiosk is
 * @param backend  how to reach the village backend
 * @param devices  device name (e.g. {@code receipt-printer}) → its {@code type} and settings
 * @param timeouts how long the resident session waits
 * @param policy   the village's rules
 * @param storage  where the kiosk keeps its own data
 */
@ConfigurationProperties("anjungan")
public record AnjunganProperties(String mode, KioskProperties kiosk, BackendProperties backend,
        Map<String, Map<String, String>> devices, TimeoutProperties timeouts, PolicyProperties policy,
        StorageProperties storage) {

    public AnjunganProperties {
        devices = devices == null ? Map.of() : new LinkedHashMap<>(devices);
    }

    public boolean demo() {
        return "demo".equals(mode);
    }
}
