/**
 * The ESC/POS encoder: one class per command, each producing the exact bytes of the Epson ESC/POS
 * reference. The printer simulator deliberately shares nothing with this package.
 */
package id.anjungan.device.escpos.command;
