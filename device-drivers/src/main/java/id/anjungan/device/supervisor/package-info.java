/**
 * Supervision of devices: one {@link id.anjungan.device.supervisor.DeviceSupervisor} per device opens it,
 * probes it, reopens it with back-off and publishes its {@link id.anjungan.device.api.DeviceHealth}.
 */
package id.anjungan.device.supervisor;
