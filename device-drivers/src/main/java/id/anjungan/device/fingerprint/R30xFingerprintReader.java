package id.anjungan.device.fingerprint;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.FingerprintListener;
import id.anjungan.device.api.FingerprintMatch;
import id.anjungan.device.api.FingerprintModuleInfo;
import id.anjungan.device.api.FingerprintPrompt;
import id.anjungan.device.api.FingerprintReader;
import id.anjungan.device.fingerprint.command.DeleteCharCommand;
import id.anjungan.device.fingerprint.command.LoadCharCommand;
import id.anjungan.device.fingerprint.command.MatchCommand;
import id.anjungan.device.fingerprint.command.ReadSysParaCommand;
import id.anjungan.device.fingerprint.command.RegModelCommand;
import id.anjungan.device.fingerprint.command.SearchCommand;
import id.anjungan.device.fingerprint.command.StoreCommand;
import id.anjungan.device.fingerprint.command.TemplateNumCommand;
import id.anjungan.device.fingerprint.command.UpImageCommand;
import id.anjungan.device.fingerprint.command.VfyPwdCommand;
import id.anjungan.device.transport.ByteTransport;
import id.anjungan.device.transport.SerialTransport;
import id.anjungan.device.transport.TransportTimeouts;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An R30x / ZFM / AS608 fingerprint module on a byte transport, with templates kept in the
 * module's own library. Logs name page numbers and confirmation codes only, never biometric data.
 */
public final class R30xFingerprintReader implements FingerprintReader {

    private static final Logger LOG = LoggerFactory.getLogger(R30xFingerprintReader.class);
    private static final int FIRST = 1;
    private static final int SECOND = 2;

    private final ByteTransport transport;
    private final CommandChannel channel;
    private final FingerCapture capture;
    private final R30xSettings settings;
    private int capacity;
    private boolean opened;
    /** Set while a capture waits for the resident, so a liveness probe need not wait behind it. */
    private volatile boolean capturing;

    public R30xFingerprintReader(ByteTransport transport, R30xSettings settings) {
        this.transport = transport;
        this.settings = settings;
        this.channel = new CommandChannel(transport, settings.address(), settings.replyTimeout());
        this.capture = new FingerCapture(channel, settings);
    }

    /** A module on a serial port (UART 8N1; 57600 baud out of the box). */
    public static R30xFingerprintReader onSerial(String path, int baud, R30xSettings settings) {
        TransportTimeouts timeouts = new TransportTimeouts(Duration.ofSeconds(3), settings.replyTimeout(), Duration.ofSeconds(2));
        return new R30xFingerprintReader(new SerialTransport(path, baud, timeouts), settings);
    }

    @Override
    public synchronized FingerprintModuleInfo open() {
        opened = false;
        transport.close();
        transport.open();
        try {
            channel.execute(new VfyPwdCommand(settings.password()));
            FingerprintModuleInfo info = channel.execute(new ReadSysParaCommand());
            capacity = info.capacity();
            opened = true;
            LOG.info("Fingerprint module on {}: library of {} pages, security level {}", transport.describe(),
                    info.capacity(), info.securityLevel());
            return info;
        } catch (DeviceException e) {
            transport.close();
            throw e;
        }
    }

    @Override
    public synchronized boolean isOpen() {
        return opened && transport.isOpen();
    }

    /**
     * {@inheritDoc}
     *
     * <p>During a capture the module is being polled anyway (and any failure surfaces there), so the
     * probe returns at once instead of waiting up to the capture time for the line.
     */
    @Override
    public void probe() {
        if (capturing) {
            return;
        }
        synchronized (this) {
            requireOpen();
            channel.execute(new TemplateNumCommand());
        }
    }

    @Override
    public synchronized void enroll(int page, FingerprintListener listener) {
        requireOpen();
        requirePage(page);
        capturing(() -> {
            capture.capture(FingerprintPrompt.PLACE_FINGER, FIRST, listener);
            capture.awaitLift(listener);
            capture.capture(FingerprintPrompt.PLACE_SAME_FINGER_AGAIN, SECOND, listener);
        });
        listener.onPrompt(FingerprintPrompt.PROCESSING);
        channel.execute(new RegModelCommand());
        channel.execute(new StoreCommand(FIRST, page));
        LOG.info("Enrolled a finger into page {}", page);
    }

    @Override
    public synchronized FingerprintMatch verify(int page, FingerprintListener listener) {
        requireOpen();
        requirePage(page);
        // load first: an empty page fails before the resident is asked for a finger
        channel.execute(new LoadCharCommand(SECOND, page));
        capturing(() -> capture.capture(FingerprintPrompt.PLACE_FINGER, FIRST, listener));
        listener.onPrompt(FingerprintPrompt.PROCESSING);
        MatchCommand.Score score = channel.execute(new MatchCommand());
        LOG.info("Verified against page {}: {}", page, score.matched() ? "match" : "no match");
        return new FingerprintMatch(score.matched(), page, score.score());
    }

    @Override
    public synchronized Optional<FingerprintMatch> search(FingerprintListener listener) {
        requireOpen();
        capturing(() -> capture.capture(FingerprintPrompt.PLACE_FINGER, FIRST, listener));
        listener.onPrompt(FingerprintPrompt.PROCESSING);
        Optional<SearchCommand.Hit> hit = channel.execute(new SearchCommand(FIRST, 0, capacity));
        LOG.info("Searched the library: {}", hit.map(h -> "found page " + h.page()).orElse("no match"));
        return hit.map(h -> new FingerprintMatch(true, h.page(), h.score()));
    }

    /**
     * Waits for a finger and uploads its image, for matching on the host. Not part of
     * {@link FingerprintReader}: the image is biometric data, for the host matcher only.
     */
    public synchronized FingerImage captureImage(FingerprintPrompt prompt, FingerprintListener listener) {
        requireOpen();
        capturing(() -> capture.awaitFinger(prompt, listener));
        byte[] data = channel.executeForData(new UpImageCommand(), UpImageCommand.DATA_BYTES);
        FingerImage image = new FingerImage(UpImageCommand.WIDTH, UpImageCommand.HEIGHT, UpImageCommand.toGrey(data));
        Arrays.fill(data, (byte) 0);
        return image;
    }

    /** Prompts and waits until the finger is off the sensor (between two captures). */
    public synchronized void awaitLift(FingerprintListener listener) {
        requireOpen();
        capturing(() -> capture.awaitLift(listener));
    }

    @Override
    public synchronized void delete(int page) {
        requireOpen();
        requirePage(page);
        channel.execute(new DeleteCharCommand(page, 1));
        LOG.info("Deleted page {}", page);
    }

    @Override
    public synchronized int templateCount() {
        requireOpen();
        return channel.execute(new TemplateNumCommand());
    }

    @Override
    public synchronized void close() {
        opened = false;
        transport.close();
    }

    private void capturing(Runnable steps) {
        capturing = true;
        try {
            steps.run();
        } finally {
            capturing = false;
        }
    }

    private void requireOpen() {
        if (!opened) {
            throw new DeviceException(DeviceError.TRANSPORT_DISCONNECTED, "fingerprint reader on " + transport.describe() + " is not open");
        }
        if (!transport.isOpen()) {
            opened = false;
            throw new DeviceException(DeviceError.TRANSPORT_DISCONNECTED, transport.describe() + " was lost; open it again");
        }
    }

    private void requirePage(int page) {
        if (page < 0 || page >= capacity) {
            throw new DeviceException(DeviceError.FINGERPRINT_BAD_PAGE,
                    "page " + page + " is outside the module's library of " + capacity + " pages");
        }
    }
}
