/**
 * The technician's tool in the field.
 *
 * <p>Will hold: a picocli command line to detect attached devices, write {@code /etc/anjungan/kiosk.yml},
 * test each device, enroll fingerprints with consent, install the kiosk service, and a doctor command
 * that says what is wrong in plain words.
 */
package id.anjungan.provisioning;
