/** The {@code type:} values that open a fingerprint reader through {@link id.anjungan.device.api.DeviceProvider}. */
package id.anjungan.device.fingerprint.provider;
