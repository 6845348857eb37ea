/** The {@code type:} values that open a card reader (and the keyboard wedge) through {@link id.anjungan.device.api.DeviceProvider}. */
package id.anjungan.device.card.provider;
