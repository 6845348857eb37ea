package id.anjungan.core.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints an invalid configuration as one line per problem instead of a stack trace. */
public final class ConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidConfigurationException cause) {
        return new FailureAnalysis(String.join(System.lineSeparator(), cause.problems()),
                "Fix these lines in the site file (/etc/anjungan/kiosk.yml or --anjungan.config=PATH), then start again.", cause);
    }
}
