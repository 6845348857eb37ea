package id.anjungan.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceHealth;
import id.anjungan.device.api.ScanRejected;
import id.anjungan.device.api.ScannedCode;
import id.anjungan.device.rig.EventRecorder;
import id.anjungan.device.rig.SocatPair;
import id.anjungan.device.supervisor.BackoffPolicy;
import id.anjungan.device.supervisor.DeviceSupervisor;
import id.anjungan.device.supervisor.SupervisorSettings;
import id.anjungan.device.transport.DeviceTiming;
import id.anjungan.device.transport.SerialTransport;
import id.anjungan.device.transport.TransportTimeouts;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The serial scanner driver under its supervisor on a socat pty pair. The scripted peer writes what a
 * scanner would send to the other end with plain file I/O.
 */
class SerialCodeScannerIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final SupervisorSettings FAST = new SupervisorSettings(
            new BackoffPolicy(Duration.ofMillis(50), Duration.ofMillis(400), 2.0, 0.2), Duration.ofMillis(100));

    @TempDir
    Path dir;

    private SocatPair cable;
    private DeviceSupervisor supervisor;
    private final EventRecorder events = new EventRecorder();

    @BeforeEach
    void start() throws Exception {
        SocatPair.assumeSocatInstalled();
        cable = new SocatPair(dir).start();
        ScannerSettings settings = new ScannerSettings(64, Duration.ofMillis(300), Duration.ofMillis(50));
        SerialCodeScannerDriver driver = new SerialCodeScannerDriver(new SerialTransport(cable.kiosk().toString(), 9600,
                new TransportTimeouts(Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ofSeconds(1))), settings);
        driver.addListener(events);
        supervisor = new DeviceSupervisor(driver, FAST);
        supervisor.addListener(events);
        supervisor.start();
        events.nextHealth(DeviceHealth.State.UP, WAIT);
    }

    @AfterEach
    void stop() {
        if (supervisor != null) {
            supervisor.close();
        }
        if (cable != null) {
            cable.close();
        }
    }

    private void send(byte[]... chunks) throws IOException {
        try (OutputStream peer = new FileOutputStream(cable.peer().toFile())) {
            for (byte[] chunk : chunks) {
                peer.write(chunk);
                peer.flush();
                DeviceTiming.pause(Duration.ofMillis(30));
            }
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private ScannedCode nextCode() throws InterruptedException {
        return events.next(ScannedCode.class, WAIT);
    }

    private ScanRejected nextRejection() throws InterruptedException {
        return events.next(ScanRejected.class, WAIT);
    }

    @Test
    void crLfAndCrLfEndingsEachGiveOneCode() throws Exception {
        send(ascii("ANJ-0001\rANJ-0002\nANJ-0003\r\nANJ-0004\n\r"));

        assertThat(nextCode().text()).isEqualTo("ANJ-0001");
        assertThat(nextCode().text()).isEqualTo("ANJ-0002");
        assertThat(nextCode().text()).isEqualTo("ANJ-0003");
        assertThat(nextCode().text()).isEqualTo("ANJ-0004");
        assertThat(events.drain(Duration.ofMillis(300))).noneMatch(e -> e instanceof ScannedCode || e instanceof ScanRejected);
    }

    @Test
    void aimPrefixIsStrippedAndKeptAsSymbology() throws Exception {
        send(ascii("]Q1ANJ-7F3K-9Q2X\r\n]C012345\r\n]E05901234123457\r\n"));

        ScannedCode qr = nextCode();
        assertThat(qr.text()).isEqualTo("ANJ-7F3K-9Q2X");
        assertThat(qr.aimId()).contains("]Q1");
        assertThat(nextCode().aimId()).contains("]C0");
        assertThat(nextCode().text()).isEqualTo("5901234123457");
    }

    @Test
    void frameSplitAcrossReadsIsJoined() throws Exception {
        send(ascii("]Q1ANJ-"), ascii("7F3K"), ascii("-9Q2X\r"), ascii("\n"));

        assertThat(nextCode().text()).isEqualTo("ANJ-7F3K-9Q2X");
    }

    @Test
    void utf8TextArrivesIntact() throws Exception {
        send(ascii("Desa Sukamaju – Kantor Kepala Désa\r\n"));

        assertThat(nextCode().text()).isEqualTo("Desa Sukamaju – Kantor Kepala Désa");
    }

    @Test
    void invalidUtf8IsRejectedAndTheNextLineRead() throws Exception {
        send(new byte[] {'A', 'N', 'J', (byte) 0xC3, 0x28, '\r', '\n'}, ascii("ANJ-0002\r\n"));

        assertThat(nextRejection().reason()).isEqualTo(DeviceError.SCANNER_INVALID_TEXT);
        assertThat(nextCode().text()).isEqualTo("ANJ-0002");
    }

    @Test
    void binaryGarbageIsRejectedAndTheNextLineRead() throws Exception {
        send(new byte[] {0x00, (byte) 0xFF, 0x1B, 0x7F, (byte) 0x80, '\n'}, ascii("ANJ-0003\n"));

        assertThat(nextRejection().reason()).isEqualTo(DeviceError.SCANNER_GARBLED);
        assertThat(nextCode().text()).isEqualTo("ANJ-0003");
    }

    @Test
    void overlongLineIsRejectedAndTheNextLineRead() throws Exception {
        send(ascii("X".repeat(500) + "\r\n"), ascii("ANJ-0004\r\n"));

        ScanRejected rejection = nextRejection();
        assertThat(rejection.reason()).isEqualTo(DeviceError.SCANNER_LINE_TOO_LONG);
        assertThat(rejection.detail()).contains("500 bytes");
        assertThat(nextCode().text()).isEqualTo("ANJ-0004");
    }

    @Test
    void lineLeftUnfinishedIsDroppedAfterSilence() throws Exception {
        send(ascii("ANJ-00"));

        assertThat(nextRejection().reason()).isEqualTo(DeviceError.SCANNER_INCOMPLETE);
        send(ascii("ANJ-0005\r"));
        assertThat(nextCode().text()).isEqualTo("ANJ-0005");
    }

    @Test
    void silenceKeepsTheScannerUp() throws Exception {
        DeviceTiming.pause(Duration.ofMillis(600));

        assertThat(supervisor.health()).hasValueSatisfying(h -> assertThat(h.state()).isEqualTo(DeviceHealth.State.UP));
        assertThat(events.healths()).extracting(DeviceHealth::state).containsExactly(DeviceHealth.State.UP);
    }

    @Test
    void unplugIsReportedDownAndReplugRecovered() throws Exception {
        cable.kill();

        assertThat(events.nextHealth(DeviceHealth.State.DOWN, WAIT).reason()).isIn(
                DeviceError.TRANSPORT_DISCONNECTED, DeviceError.TRANSPORT_UNAVAILABLE);
        cable.start();
        events.nextHealth(DeviceHealth.State.UP, WAIT);
        send(ascii("]Q1ANJ-0006\r\n"));
        assertThat(nextCode().text()).isEqualTo("ANJ-0006");
    }
}
