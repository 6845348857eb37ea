/**
 * e-KTP and other contactless card readers: PC/SC readers through {@code javax.smartcardio}
 * ({@link id.anjungan.device.card.PcscCardReaderDriver}) and keyboard-wedge readers and scanners
 * ({@link id.anjungan.device.card.KeyboardWedgeReader}).
 */
package id.anjungan.device.card;
