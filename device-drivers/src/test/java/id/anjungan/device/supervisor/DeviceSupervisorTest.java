package id.anjungan.device.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceHealth;
import id.anjungan.device.rig.EventRecorder;
import id.anjungan.device.transport.DeviceTiming;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeviceSupervisorTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final SupervisorSettings FAST = new SupervisorSettings(
            new BackoffPolicy(Duration.ofMillis(20), Duration.ofMillis(80), 2.0, 0.2), Duration.ofMillis(10));

    private final FakeManagedDevice device = new FakeManagedDevice();
    private final EventRecorder events = new EventRecorder();
    private DeviceSupervisor supervisor;

    private void supervise() {
        supervisor = new DeviceSupervisor(device, FAST);
        supervisor.addListener(events);
        supervisor.start();
    }

    @AfterEach
    void stop() {
        if (supervisor != null) {
            supervisor.close();
        }
    }

    @Test
    void openedDeviceIsUp() throws Exception {
        supervise();

        assertThat(events.nextHealth(DeviceHealth.State.UP, WAIT).reason()).isNull();
        assertThat(supervisor.health()).map(DeviceHealth::state).contains(DeviceHealth.State.UP);
    }

    @Test
    void deviceThatCannotOpenIsDownWithTheReasonAndRetried() throws Exception {
        device.openFailure = FakeManagedDevice.failure(DeviceError.CARD_READER_NOT_FOUND);
        supervise();

        assertThat(events.nextHealth(DeviceHealth.State.DOWN, WAIT).reason()).isEqualTo(DeviceError.CARD_READER_NOT_FOUND);
        assertThat(DeviceTiming.await(() -> device.opens.get() >= 3, WAIT, Duration.ofMillis(5))).isTrue();
    }

    @Test
    void deviceThatComesLaterIsUpWithoutRestart() throws Exception {
        device.openFailure = FakeManagedDevice.failure(DeviceError.TRANSPORT_UNAVAILABLE);
        supervise();
        events.nextHealth(DeviceHealth.State.DOWN, WAIT);

        device.openFailure = null;

        events.nextHealth(DeviceHealth.State.UP, WAIT);
    }

    @Test
    void lostDeviceIsClosedReopenedAndUpAgain() throws Exception {
        supervise();
        events.nextHealth(DeviceHealth.State.UP, WAIT);
        int closesBefore = device.closes.get();

        device.probeFailure = FakeManagedDevice.failure(DeviceError.TRANSPORT_DISCONNECTED);
        assertThat(events.nextHealth(DeviceHealth.State.DOWN, WAIT).reason()).isEqualTo(DeviceError.TRANSPORT_DISCONNECTED);
        device.probeFailure = null;

        events.nextHealth(DeviceHealth.State.UP, WAIT);
        assertThat(device.closes.get()).isGreaterThan(closesBefore);
        assertThat(device.opens.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void warningIsDegradedAndClearsBackToUp() throws Exception {
        supervise();
        events.nextHealth(DeviceHealth.State.UP, WAIT);

        device.warning = DeviceError.PRINTER_PAPER_NEAR_END;
        assertThat(events.nextHealth(DeviceHealth.State.DEGRADED, WAIT).reason()).isEqualTo(DeviceError.PRINTER_PAPER_NEAR_END);
        device.warning = null;

        events.nextHealth(DeviceHealth.State.UP, WAIT);
    }

    @Test
    void unchangedHealthIsPublishedOnceAndKeepsItsSince() throws Exception {
        supervise();
        DeviceHealth up = events.nextHealth(DeviceHealth.State.UP, WAIT);

        DeviceTiming.await(() -> false, Duration.ofMillis(150), Duration.ofMillis(10));

        assertThat(events.healths()).containsExactly(up);
        assertThat(supervisor.health()).contains(up);
    }

    @Test
    void deadDeviceIsRetriedWithBackOffNotInALoop() {
        device.openFailure = FakeManagedDevice.failure(DeviceError.TRANSPORT_UNAVAILABLE);
        supervise();

        DeviceTiming.await(() -> false, Duration.ofMillis(400), Duration.ofMillis(50));

        // 400 ms of 16..80 ms waits allows about a dozen attempts; a spinning loop would make thousands
        assertThat(device.opens.get()).isBetween(2, 25);
    }

    @Test
    void failureOutsideTheDriversErrorsIsReportedAsUnexpected() throws Exception {
        device.openFailure = new IllegalStateException("driver bug");
        supervise();

        assertThat(events.nextHealth(DeviceHealth.State.DOWN, WAIT).reason()).isEqualTo(DeviceError.DEVICE_UNEXPECTED_FAILURE);
    }

    @Test
    void listenerAddedLaterHearsTheCurrentHealthFirst() throws Exception {
        supervise();
        events.nextHealth(DeviceHealth.State.UP, WAIT);
        EventRecorder late = new EventRecorder();

        supervisor.addListener(late);

        assertThat(late.healths()).extracting(DeviceHealth::state).containsExactly(DeviceHealth.State.UP);
    }

    @Test
    void brokenListenerDoesNotStopTheOthers() throws Exception {
        supervisor = new DeviceSupervisor(device, FAST);
        supervisor.addListener((name, health) -> {
            throw new IllegalStateException("listener bug");
        });
        supervisor.addListener(events);
        supervisor.start();

        events.nextHealth(DeviceHealth.State.UP, WAIT);
    }

    @Test
    void closeStopsSupervisionAndClosesTheDevice() {
        device.openFailure = FakeManagedDevice.failure(DeviceError.TRANSPORT_UNAVAILABLE);
        supervise();
        DeviceTiming.await(() -> device.opens.get() >= 1, WAIT, Duration.ofMillis(5));

        supervisor.close();
        int opensAfterClose = device.opens.get();
        DeviceTiming.await(() -> false, Duration.ofMillis(200), Duration.ofMillis(20));

        assertThat(device.opens.get()).isEqualTo(opensAfterClose);
        assertThat(device.closes.get()).isPositive();
    }

    @Test
    void startingTwiceRunsOneSupervisor() {
        AtomicInteger threads = new AtomicInteger();
        supervise();
        supervisor.start();
        DeviceTiming.await(() -> device.opens.get() >= 1, WAIT, Duration.ofMillis(5));
        Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("supervisor fake"))
                .forEach(t -> threads.incrementAndGet());

        assertThat(threads.get()).isEqualTo(1);
    }
}
