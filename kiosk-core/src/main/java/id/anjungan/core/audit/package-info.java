/** The append-only audit log: what happened at the kiosk, with residents as keyed hashes only. */
package id.anjungan.core.audit;
