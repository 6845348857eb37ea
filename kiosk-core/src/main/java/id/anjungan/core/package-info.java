/**
 * What the kiosk decides, without a screen (ARCHITECTURE.md §4).
 *
 * <p>Will hold: typed and validated {@code anjungan.*} configuration; the resident session state
 * machine from ATTRACT to WIPE; local queue numbers and claim codes; the durable print journal and
 * the offline outbox in SQLite; fingerprint enrolment records; the append-only audit log with hashed
 * references; and kiosk health rolled up from devices and backend.
 */
package id.anjungan.core;
