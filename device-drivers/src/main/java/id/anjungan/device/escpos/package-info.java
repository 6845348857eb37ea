/**
 * The ESC/POS receipt printer: {@link id.anjungan.device.escpos.EscPosPrinterDriver} (the device facade),
 * the receipt encoder, and the settings of one printer. Commands live in {@code command}, text handling in
 * {@code text}, status decoding in {@code status}, and the simulator, which shares none of them, in {@code sim}.
 */
package id.anjungan.device.escpos;
