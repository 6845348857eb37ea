package id.anjungan.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts kiosk-core's Spring context without the UI: for tests, the provisioning CLI's checks, or a headless box.
 * The kiosk UI instead imports {@link KioskCoreConfiguration} into its own context.
 */
public final class KioskCore {

    private KioskCore() {
    }

    /**
     * Starts the context. Properties given here (e.g. {@code anjungan.backend.url} from a demo launcher) sit above
     * the site file and the defaults; {@code args} are command-line style ({@code --anjungan.config=PATH}).
     *
     * @param web whether to open the management port (Actuator over HTTP on 127.0.0.1)
     */
    public static ConfigurableApplicationContext start(Map<String, Object> properties, boolean web, String... args) {
        // as command-line arguments: Spring ranks "default properties" below every other source, the site file included
        List<String> all = new ArrayList<>();
        properties.forEach((key, value) -> all.add("--" + key + "=" + value));
        all.addAll(List.of(args));
        return new SpringApplicationBuilder(KioskCoreConfiguration.class)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(all.toArray(String[]::new));
    }
}
