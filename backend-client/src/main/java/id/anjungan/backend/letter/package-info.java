/** Letters as the kiosk sees them: the catalogue with its typed forms, requests and their status, the archive. */
package id.anjungan.backend.letter;
