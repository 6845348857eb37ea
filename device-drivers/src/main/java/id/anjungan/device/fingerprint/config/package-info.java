/** The fingerprint reader as a site configures it: serial port, protocol settings, and where matching happens. */
package id.anjungan.device.fingerprint.config;
