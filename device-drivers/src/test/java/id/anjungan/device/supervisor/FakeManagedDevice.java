package id.anjungan.device.supervisor;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.ManagedDevice;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory device whose open and probe results the test sets. */
final class FakeManagedDevice implements ManagedDevice {

    final AtomicInteger opens = new AtomicInteger();
    final AtomicInteger closes = new AtomicInteger();
    volatile RuntimeException openFailure;
    volatile RuntimeException probeFailure;
    volatile DeviceError warning;

    static DeviceException failure(DeviceError error) {
        return new DeviceException(error, "test");
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public void open() {
        opens.incrementAndGet();
        RuntimeException failure = openFailure;
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public Optional<DeviceError> check() {
        RuntimeException failure = probeFailure;
        if (failure != null) {
            throw failure;
        }
        return Optional.ofNullable(warning);
    }

    @Override
    public void close() {
        closes.incrementAndGet();
    }
}
