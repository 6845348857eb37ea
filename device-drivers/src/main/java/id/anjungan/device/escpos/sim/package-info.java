/**
 * The ESC/POS printer simulator: it listens on a pty or a TCP port, parses the byte stream with its
 * own decoder written from the command reference, keeps paper state, answers status requests and
 * renders each receipt to a PNG. It shares no code with the driver's encoder, so a misreading of
 * the reference cannot hide on both sides of the wire.
 */
package id.anjungan.device.escpos.sim;
