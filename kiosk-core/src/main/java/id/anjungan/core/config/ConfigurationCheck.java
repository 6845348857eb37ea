package id.anjungan.core.config;

import id.anjungan.device.api.DeviceProvider;
import id.anjungan.device.api.DeviceProviders;
import id.anjungan.device.api.DeviceSettings;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the whole configuration and lists every problem as one plain line, so a technician fixes all at once. */
public final class ConfigurationCheck {

    private static final Pattern KIOSK_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final List<String> problems = new ArrayList<>();

    private ConfigurationCheck() {
    }

    /** The problems found; empty when the configuration can be used. */
    public static List<String> problems(AnjunganProperties properties, Set<String> stateNames) {
        ConfigurationCheck check = new ConfigurationCheck();
        check.run(properties, stateNames);
        return List.copyOf(check.problems);
    }

    /** Throws {@link InvalidConfigurationException} when anything is wrong. */
    public static void require(AnjunganProperties properties, Set<String> stateNames) {
        List<String> found = problems(properties, stateNames);
        if (!found.isEmpty()) {
            throw new InvalidConfigurationException(found);
        }
    }

    private void run(AnjunganProperties p, Set<String> stateNames) {
        if (!"demo".equals(p.mode()) && !"site".equals(p.mode())) {
            problem("anjungan.mode", "'" + p.mode() + "' is not one of demo, site");
        }
        if (p.kiosk() == null || p.kiosk().id() == null || !KIOSK_ID.matcher(p.kiosk().id()).matches()) {
            problem("anjungan.kiosk.id", "must be lower-case letters, digits and dashes (at most 64)");
        }
        backend(p);
        timeouts(p.timeouts(), stateNames);
        policy(p.policy());
        devices(p.devices());
        if (p.storage() == null || p.storage().dataDir() == null) {
            problem("anjungan.storage.data-dir", "is required");
        }
    }

    private void backend(AnjunganProperties p) {
        BackendProperties backend = p.backend();
        if (backend == null || backend.url() == null || backend.url().isBlank()) {
            problem("anjungan.backend.url", p.demo() ? "is required (in demo mode the launcher sets it to its demo-village)"
                    : "is required, e.g. https://api.desa-anda.example/api/v1");
            return;
        }
        try {
            URI url = URI.create(backend.url().trim());
            String scheme = url.getScheme() == null ? "" : url.getScheme();
            if (url.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
                problem("anjungan.backend.url", "'" + backend.url() + "' is not an http(s) address with a host");
            } else if (scheme.equals("http") && !backend.allowPlainHttp()) {
                problem("anjungan.backend.url", "'" + backend.url()
                        + "' is plain http; use https, or set anjungan.backend.allow-plain-http: true (PINs then travel unencrypted)");
            }
        } catch (IllegalArgumentException e) {
            problem("anjungan.backend.url", "'" + backend.url() + "' is not an address");
        }
        positive("anjungan.backend.connect-timeout", backend.connectTimeout());
        positive("anjungan.backend.request-timeout", backend.requestTimeout());
        positive("anjungan.backend.probe-interval", backend.probeInterval());
    }

    private void timeouts(TimeoutProperties timeouts, Set<String> stateNames) {
        if (timeouts == null) {
            problem("anjungan.timeouts", "is required");
            return;
        }
        positive("anjungan.timeouts.idle", timeouts.idle());
        positive("anjungan.timeouts.warning", timeouts.warning());
        timeouts.perState().forEach((state, idle) -> {
            if (!stateNames.contains(state)) {
                problem("anjungan.timeouts.per-state." + state, "is not a session state (" + String.join(", ", stateNames) + ")");
            }
            positive("anjungan.timeouts.per-state." + state, idle);
        });
    }

    private void policy(PolicyProperties policy) {
        if (policy == null) {
            problem("anjungan.policy", "is required");
            return;
        }
        if (policy.paperWidth() != 58 && policy.paperWidth() != 80) {
            problem("anjungan.policy.paper-width", policy.paperWidth() + " is not one of 58, 80");
        }
        if (policy.lockoutAttempts() < 1 || policy.lockoutAttempts() > 20) {
            problem("anjungan.policy.lockout-attempts", policy.lockoutAttempts() + " is not between 1 and 20");
        }
        positive("anjungan.policy.lockout-window", policy.lockoutWindow());
        positive("anjungan.policy.lockout-period", policy.lockoutPeriod());
        positive("anjungan.policy.claim-retention", policy.claimRetention());
    }

    private void devices(Map<String, Map<String, String>> devices) {
        devices.forEach((name, settings) -> {
            String prefix = "anjungan.devices." + name;
            Optional<Class<? extends AutoCloseable>> kind = DeviceKinds.byName(name);
            if (kind.isEmpty()) {
                problem(prefix, "is not a device this kiosk knows (" + String.join(", ", DeviceKinds.names()) + ")");
                return;
            }
            String type = settings.get("type");
            List<String> types = DeviceProviders.types(kind.get());
            if (type == null || type.isBlank()) {
                problem(prefix + ".type", "is required (one of " + String.join(", ", types) + ")");
                return;
            }
            Optional<? extends DeviceProvider<?>> provider = DeviceProviders.find(kind.get(), type);
            if (provider.isEmpty()) {
                problem(prefix + ".type", "'" + type + "' is not one of " + String.join(", ", types));
                return;
            }
            provider.get().check(new DeviceSettings(type, settings)).forEach(line -> problems.add(prefix + "." + line));
        });
        WedgeConfiguration.conflicts(devices.get(DeviceKinds.CARD_READER), devices.get(DeviceKinds.CODE_SCANNER))
                .forEach((key, line) -> problem("anjungan.devices." + DeviceKinds.CODE_SCANNER + "." + key, line));
    }

    private void positive(String key, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            problem(key, "must be a positive duration such as 30s");
        }
    }

    private void problem(String key, String message) {
        problems.add(key + ": " + message);
    }
}
