/**
 * Framing of the R30x / ZFM / AS608 fingerprint protocol: packets with start code, address, packet
 * type, length and checksum, read with resynchronisation on noise and written byte-exact.
 */
package id.anjungan.device.fingerprint.frame;
