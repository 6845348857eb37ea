/**
 * The R30x fingerprint module simulator: the module's side of the packet protocol on a pty, with
 * its own packet parser and builder, an in-memory template library, scripted fingers and fault
 * switches. It shares no code with the driver's framing or instructions.
 */
package id.anjungan.device.fingerprint.sim;
