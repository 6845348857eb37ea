/**
 * Every kiosk device, layered transport, framing, codec and device facade (ARCHITECTURE.md §2).
 *
 * <p>Will hold: {@code id.anjungan.device.api} (one interface per device kind, value types, events and
 * {@code DeviceException}); the ESC/POS receipt printer, the A4 document printer over CUPS, PC/SC and
 * keyboard-wedge card readers, serial and camera code scanners, the R30x fingerprint reader and GPIO
 * over Pi4J; a simulator for each that speaks the device's bytes; and the {@code DeviceSupervisor}
 * that opens, checks, reconnects and reports the health of every device.
 */
package id.anjungan.device;
