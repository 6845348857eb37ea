/**
 * The R30x instructions the kiosk uses, one class each: the command payload and how its
 * acknowledgement reads, with every confirmation code mapped to a specific
 * {@link id.anjungan.device.api.DeviceError}.
 */
package id.anjungan.device.fingerprint.command;
