/** The {@code type:} values that open a code scanner through {@link id.anjungan.device.api.DeviceProvider}. */
package id.anjungan.device.scanner.provider;
