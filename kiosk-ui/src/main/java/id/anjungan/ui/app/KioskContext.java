package id.anjungan.ui.app;

import id.anjungan.core.KioskCoreConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The kiosk's Spring context: kiosk-core (configuration, backend client, devices by {@code type:}, the session
 * machine, print journal, outbox). No web server: demo-village's classes share the class path and must not leak in.
 */
@Configuration(proxyBeanMethods = false)
@Import(KioskCoreConfiguration.class)
public class KioskContext {
}
