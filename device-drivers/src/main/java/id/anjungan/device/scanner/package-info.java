/**
 * QR and barcode scanners: serial / USB-COM scanners ({@link id.anjungan.device.scanner.SerialCodeScannerDriver})
 * and webcam frames or image files decoded with ZXing ({@link id.anjungan.device.scanner.CameraQrScanner}).
 * Keyboard-wedge scanners are read by {@link id.anjungan.device.card.KeyboardWedgeReader}.
 */
package id.anjungan.device.scanner;
