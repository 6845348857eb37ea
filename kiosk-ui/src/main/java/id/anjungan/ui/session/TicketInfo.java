package id.anjungan.ui.session;

/**
 * A queue ticket as shown on screen.
 *
 * @param number     the queue number
 * @param letterName the letter asked for
 * @param reference  the request's reference
 * @param claimCode  the text of the ticket's QR code
 * @param printed    whether the ticket printer printed it
 */
public record TicketInfo(String number, String letterName, String reference, String claimCode, boolean printed) {
}
