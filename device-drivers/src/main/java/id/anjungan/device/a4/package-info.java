/**
 * The A4 document printer: PDF checks before anything is sent, the page-1 preview, and the
 * {@link id.anjungan.device.a4.PdfFolderPrinter} used in demo mode. The CUPS driver is in
 * {@code id.anjungan.device.a4.cups}.
 */
package id.anjungan.device.a4;
