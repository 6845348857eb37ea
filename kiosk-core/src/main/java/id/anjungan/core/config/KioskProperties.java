package id.anjungan.core.config;

/**
 * Who this kiosk is.
 *
 * @param id          the kiosk's name in logs, audit and metrics, e.g. {@code sukamaju-balai-1}
 * @param villageName printed on tickets; empty means "ask the backend's profil-desa"
 */
public record KioskProperties(String id, String villageName) {
}
