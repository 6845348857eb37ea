package id.anjungan.core.session;

/**
 * The ticket as the screen shows it.
 *
 * @param number        the queue number
 * @param claimCode     the code in the ticket's QR
 * @param letterName    the letter asked for
 * @param sentToVillage whether the request reached the village now (false: stored, sent at the next login)
 * @param printed       whether the printer confirmed the ticket
 * @param printProblem  what the printer's failure says to the resident when it did not print, or null
 */
public record TicketView(String number, String claimCode, String letterName, boolean sentToVillage, boolean printed,
        Said printProblem) {
}
