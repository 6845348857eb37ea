package id.anjungan.device.supervisor;

import id.anjungan.device.api.DeviceSupervision;
import id.anjungan.device.api.ManagedDevice;

/** Starts supervisors for what providers open, with the default timing. */
public final class SupervisedDevices {

    private SupervisedDevices() {
    }

    /** A started supervisor of {@code device}: it opens the device on its own thread, so an absent device is no error here. */
    public static DeviceSupervision start(ManagedDevice device) {
        DeviceSupervisor supervisor = new DeviceSupervisor(device, SupervisorSettings.DEFAULT);
        supervisor.start();
        return supervisor;
    }
}
