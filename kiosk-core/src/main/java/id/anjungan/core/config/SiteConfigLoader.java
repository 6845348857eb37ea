package id.anjungan.core.config;

import id.anjungan.core.CoreError;
import id.anjungan.core.KioskCoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * Layers the kiosk's configuration, lowest first: the jar's demo defaults, then site defaults (only when a site
 * file exists), then the site file ({@code --anjungan.config=PATH}, else {@code /etc/anjungan/kiosk.yml} when
 * present), then whatever Spring already had (command line, system properties, a base URL set by a launcher).
 */
public final class SiteConfigLoader implements EnvironmentPostProcessor, Ordered {

    /** Where provisioning writes the site file. */
    public static final Path DEFAULT_SITE_FILE = Path.of("/etc/anjungan/kiosk.yml");

    static final String DEFAULTS = "anjungan-defaults";
    static final String SITE = "anjungan-site-file";
    static final String SITE_DEFAULTS = "anjungan-site-defaults";
    /** Marks a document of the defaults that only demo mode uses (simulated input devices, demo policy). */
    static final String DEMO_ONLY = "anjungan-demo-only";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        MutablePropertySources sources = environment.getPropertySources();
        List<PropertySource<?>> defaults = new ArrayList<>(load(new ClassPathResource("anjungan-defaults.yml"), DEFAULTS));
        // a later YAML document overrides an earlier one, so it goes first
        Collections.reverse(defaults);
        defaults.forEach(sources::addLast);
        String explicit = environment.getProperty("anjungan.config");
        Path site = explicit != null && !explicit.isBlank() ? Path.of(explicit) : DEFAULT_SITE_FILE;
        if (!Files.isRegularFile(site)) {
            if (explicit != null && !explicit.isBlank()) {
                throw new InvalidConfigurationException(List.of("anjungan.config: the site file " + site + " does not exist"));
            }
            return;
        }
        sources.stream().filter(source -> source.getName().startsWith(DEFAULTS) && source.containsProperty(DEMO_ONLY))
                .map(PropertySource::getName).toList().forEach(sources::remove);
        sources.addBefore(firstDefaults(sources), new MapPropertySource(SITE_DEFAULTS, Map.of(
                "anjungan.mode", "site",
                "anjungan.storage.data-dir", "/var/lib/anjungan")));
        for (PropertySource<?> source : load(new FileSystemResource(site), SITE)) {
            sources.addBefore(SITE_DEFAULTS, source);
        }
    }

    private static String firstDefaults(MutablePropertySources sources) {
        return sources.stream().map(PropertySource::getName).filter(name -> name.startsWith(DEFAULTS)).findFirst()
                .orElseThrow();
    }

    @Override
    public int getOrder() {
        // after Spring's own config data, so application properties and the command line stay above ours
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static List<PropertySource<?>> load(Resource resource, String name) {
        try {
            return new YamlPropertySourceLoader().load(name, resource);
        } catch (IOException | RuntimeException unreadable) {
            throw new KioskCoreException(CoreError.INVALID_CONFIGURATION, "cannot read " + resource.getDescription() + ": "
                    + unreadable.getMessage(), unreadable);
        }
    }
}
