/**
 * The A4 printer through CUPS: javax.print hands the PDF to the queue (the PDF flavour keeps the
 * text layer; PDFBox rendering only when the queue takes no PDF), and IPP requests to cupsd
 * (encoded with HP's jipp) read the queue's state before and the job's state after, until CUPS says
 * the job completed.
 */
package id.anjungan.device.a4.cups;
