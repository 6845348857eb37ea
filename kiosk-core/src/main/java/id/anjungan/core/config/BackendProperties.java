package id.anjungan.core.config;

import java.time.Duration;

/**
 * How to reach the village backend.
 *
 * @param url            the OpenSID API base, e.g. {@code https://api.desa-anda.example/api/v1}; in demo mode the
 *                       launcher sets it to the demo-village it started
 * @param allowPlainHttp whether {@code http://} is accepted (logged as a warning)
 * @param connectTimeout TCP and TLS connect limit
 * @param requestTimeout one whole exchange's limit
 * @param probeInterval  the least time between two reachability probes ({@code profil-desa})
 */
public record BackendProperties(String url, boolean allowPlainHttp, Duration connectTimeout, Duration requestTimeout,
        Duration probeInterval) {
}
