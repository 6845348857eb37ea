/**
 * The kiosk's only road to the village (ARCHITECTURE.md §3): the {@link id.anjungan.backend.VillageBackend} port
 * in plain Java types, its one exception {@link id.anjungan.backend.BackendException} with the
 * {@link id.anjungan.backend.BackendError} taxonomy, and {@link id.anjungan.backend.BackendSettings}.
 *
 * <p>Sub-packages: {@code letter} (the letter catalogue, forms, requests and archive as values), {@code opensid}
 * (the OpenSID REST API v1 client with its package-private, tolerant DTO records) and {@code transport} (HTTP with
 * timeouts, size caps and retries). The anjungan kiosk extension comes later.
 */
package id.anjungan.backend;
