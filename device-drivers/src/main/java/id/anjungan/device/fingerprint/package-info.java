/**
 * The R30x / ZFM / AS608 fingerprint reader: {@link id.anjungan.device.fingerprint.R30xFingerprintReader}
 * over the framing of {@code .frame} and the instructions of {@code .command}. The simulator in
 * {@code .sim} speaks the module's side with its own parser; {@code .host} matches on the kiosk with
 * SourceAFIS instead, and {@code .config} picks one of the two from the site configuration.
 */
package id.anjungan.device.fingerprint;
