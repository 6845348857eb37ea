package id.anjungan.village;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started demo-village where to point a kiosk and where the operator page is. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final Environment environment;

    StartupBanner(Environment environment) {
        this.environment = environment;
    }

    @EventListener
    void ready(WebServerInitializedEvent event) {
        String host = environment.getProperty("server.address", "127.0.0.1");
        String base = "http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : host) + ":" + event.getWebServer().getPort();
        log.info("demo-village is ready: API {}/api/v1, operator page {}/operator", base, base);
    }
}
