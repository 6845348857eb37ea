/**
 * The device API: one interface per device kind, value types, and {@link id.anjungan.device.api.DeviceException}
 * with its {@link id.anjungan.device.api.DeviceError}. The only package of device-drivers that other modules
 * may use; it depends on the JDK and SLF4J alone.
 */
package id.anjungan.device.api;
