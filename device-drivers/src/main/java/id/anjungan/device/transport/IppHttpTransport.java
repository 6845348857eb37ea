package id.anjungan.device.transport;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * IPP over HTTP (RFC 8010 §4): one encoded request posted as {@code application/ipp}, one encoded
 * response back. Knows bytes only; encoding is the caller's.
 */
public final class IppHttpTransport {

    private static final String IPP = "application/ipp";

    private final HttpClient client;
    private final Duration timeout;

    public IppHttpTransport(TransportTimeouts timeouts) {
        this.client = HttpClient.newBuilder().connectTimeout(timeouts.connect()).version(HttpClient.Version.HTTP_1_1).build();
        this.timeout = timeouts.read();
    }

    /**
     * Posts {@code request} to {@code endpoint} (an {@code http://} URL such as
     * {@code http://localhost:631/printers/A4}) and returns the response body.
     *
     * @throws DeviceException with {@link DeviceError#TRANSPORT_TIMEOUT}, or {@link DeviceError#TRANSPORT_UNAVAILABLE}
     *                         when nothing answers or the answer is not IPP
     */
    public byte[] exchange(URI endpoint, byte[] request) {
        HttpRequest http = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", IPP)
                .POST(HttpRequest.BodyPublishers.ofByteArray(request))
                .build();
        try {
            HttpResponse<byte[]> response = client.send(http, HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() != 200 || !type.startsWith(IPP)) {
                throw new DeviceException(DeviceError.TRANSPORT_UNAVAILABLE, endpoint + " answered HTTP " + response.statusCode()
                        + " " + type);
            }
            return response.body();
        } catch (HttpConnectTimeoutException e) {
            throw new DeviceException(DeviceError.TRANSPORT_UNAVAILABLE, "no connection to " + endpoint + " in time", e);
        } catch (HttpTimeoutException e) {
            throw new DeviceException(DeviceError.TRANSPORT_TIMEOUT, endpoint + " did not answer in " + timeout, e);
        } catch (IOException e) {
            throw new DeviceException(DeviceError.TRANSPORT_UNAVAILABLE, endpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(DeviceError.TRANSPORT_TIMEOUT, "interrupted while asking " + endpoint, e);
        }
    }
}
