package id.anjungan.core.session;

import id.anjungan.backend.BackendException;
import id.anjungan.backend.VillageBackend;
import id.anjungan.backend.VillageProfile;
import java.util.function.Supplier;

/** The name printed on tickets: configured, else the backend's profile (read once it answers), else a plain word. */
public final class VillageName implements Supplier<String> {

    private final VillageBackend backend;
    private volatile String name;

    public VillageName(VillageBackend backend, String configured) {
        this.backend = backend;
        this.name = configured == null || configured.isBlank() ? null : configured.trim();
    }

    @Override
    public String get() {
        if (name == null) {
            try {
                VillageProfile profile = backend.villageProfile();
                String word = profile.villageWord() == null ? "Desa" : profile.villageWord();
                name = word + " " + profile.villageName();
            } catch (BackendException unreachable) {
                return "Anjungan Desa";
            }
        }
        return name;
    }
}
