/** What the device kinds' {@link id.anjungan.device.api.DeviceProvider}s share when they read settings. */
package id.anjungan.device.provider;
