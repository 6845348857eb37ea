/** The kiosk's own SQLite database, its secret, and the sealing of the few values that must stay private. */
package id.anjungan.core.storage;
