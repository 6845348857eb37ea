package id.anjungan.device.rig;

import id.anjungan.device.api.CardEvent;
import id.anjungan.device.api.CardListener;
import id.anjungan.device.api.CodeScanListener;
import id.anjungan.device.api.DeviceHealth;
import id.anjungan.device.api.DeviceHealthListener;
import id.anjungan.device.api.ScanRejected;
import id.anjungan.device.api.ScannedCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Collects what devices report, for tests to wait on. */
public final class EventRecorder implements CardListener, CodeScanListener, DeviceHealthListener {

    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private final List<DeviceHealth> healths = new ArrayList<>();

    @Override
    public void onCard(CardEvent event) {
        events.add(event);
    }

    @Override
    public void scanned(ScannedCode code) {
        events.add(code);
    }

    @Override
    public void rejected(ScanRejected rejection) {
        events.add(rejection);
    }

    @Override
    public void healthChanged(String device, DeviceHealth health) {
        synchronized (healths) {
            healths.add(health);
        }
        events.add(health);
    }

    /** The next event of {@code type}, skipping others; fails when none comes within {@code timeout}. */
    public <T> T next(Class<T> type, Duration timeout) throws InterruptedException {
        return next(type, t -> true, timeout);
    }

    /** The next event of {@code type} that matches, skipping others. */
    public <T> T next(Class<T> type, Predicate<T> matching, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            Object event = events.poll(left, TimeUnit.NANOSECONDS);
            if (type.isInstance(event) && matching.test(type.cast(event))) {
                return type.cast(event);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " within " + timeout.toMillis() + " ms");
    }

    /** The next health with this state. */
    public DeviceHealth nextHealth(DeviceHealth.State state, Duration timeout) throws InterruptedException {
        return next(DeviceHealth.class, h -> h.state() == state, timeout);
    }

    /** Events not yet taken, without waiting more than {@code quiet}. */
    public List<Object> drain(Duration quiet) throws InterruptedException {
        List<Object> rest = new ArrayList<>();
        Object event;
        while ((event = events.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
            rest.add(event);
        }
        return rest;
    }

    /** Every health published so far. */
    public List<DeviceHealth> healths() {
        synchronized (healths) {
            return List.copyOf(healths);
        }
    }
}
