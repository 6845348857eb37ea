package id.anjungan.village.penduduk;

/** A layanan-mandiri account: the PIN hash (legacy md5 or bcrypt) and whether it must be changed. */
public record MandiriAccount(long residentId, String pinHash, boolean mustChangePin) {

    @Override
    public String toString() {
        return "MandiriAccount[residentId=" + residentId + ", mustChangePin=" + mustChangePin + "]";
    }
}
