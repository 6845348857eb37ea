package id.anjungan.core.config;

import id.anjungan.core.session.SessionState;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The configuration after {@link ConfigurationCheck} passed; every kiosk bean starts from this one. */
public final class CheckedConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(CheckedConfiguration.class);

    private final AnjunganProperties properties;

    public CheckedConfiguration(AnjunganProperties properties) {
        ConfigurationCheck.require(properties, SessionState.configNames());
        this.properties = properties;
        if (properties.backend().url().trim().startsWith("http:")) {
            LOG.warn("the village backend is reached over plain http: PINs cross the network unencrypted");
        }
        LOG.info("kiosk {} in {} mode", properties.kiosk().id(), properties.mode());
    }

    public AnjunganProperties properties() {
        return properties;
    }

    public Path database() {
        return properties.storage().dataDir().resolve("kiosk.db");
    }
}
