/** The {@code type:} values that open an ESC/POS receipt printer through {@link id.anjungan.device.api.DeviceProvider}. */
package id.anjungan.device.escpos.provider;
