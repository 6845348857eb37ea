/**
 * The kiosk's only road to the village (ARCHITECTURE.md §3).
 *
 * <p>Will hold: the {@code VillageBackend} port in plain Java types and {@code OpenSidApiClient}, its
 * implementation over {@code java.net.http} and Jackson with tolerant DTO records, following
 * {@code contracts/opensid-api-v1.md} quirks included; one {@code BackendException(BackendError)}
 * taxonomy with a sentence a resident can act on; and later the anjungan kiosk extension.
 */
package id.anjungan.backend;
