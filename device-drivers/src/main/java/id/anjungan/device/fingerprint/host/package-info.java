/**
 * Optional host-side fingerprint matching: SourceAFIS on the image uploaded from the R30x module,
 * with templates encrypted at rest on the kiosk, behind the same
 * {@link id.anjungan.device.api.FingerprintReader} interface.
 */
package id.anjungan.device.fingerprint.host;
