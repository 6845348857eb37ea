/** Local queue numbers and the claim codes printed as the ticket's QR. */
package id.anjungan.core.queue;
