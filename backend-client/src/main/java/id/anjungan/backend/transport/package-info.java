/**
 * How bytes reach the village backend: one HTTP exchange with timeouts, a response-size cap, retries with
 * back-off for idempotent calls, no redirects. Knows HTTP, not OpenSID: what a status or body means is decided
 * by the caller.
 */
package id.anjungan.backend.transport;
