package id.anjungan.core.config;

import id.anjungan.backend.BackendSettings;
import java.net.URI;

/** Turns {@code anjungan.backend.*} into the client's settings; the configured URL may end in {@code /api/v1}. */
public final class BackendAddress {

    private BackendAddress() {
    }

    public static BackendSettings settings(BackendProperties backend) {
        String url = backend.url().trim().replaceAll("/+$", "");
        if (url.endsWith("/api/v1")) {
            url = url.substring(0, url.length() - "/api/v1".length());
        }
        return BackendSettings.defaults(URI.create(url + "/"), backend.allowPlainHttp())
                .withTimeouts(backend.connectTimeout(), backend.requestTimeout());
    }
}
