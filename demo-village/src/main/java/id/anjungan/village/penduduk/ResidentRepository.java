package id.anjungan.village.penduduk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Residents and their layanan-mandiri accounts. */
@Repository
public class ResidentRepository {

    private static final String SELECT = """
            SELECT p.*, k.no_kk, k.alamat, k.dusun, k.rt, k.rw
              FROM penduduk p LEFT JOIN keluarga k ON k.id = p.keluarga_id
            """;

    private final JdbcTemplate jdbc;

    public ResidentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Resident> findById(long id) {
        return jdbc.query(SELECT + " WHERE p.id = ?", ResidentRepository::map, id).stream().findFirst();
    }

    public Optional<Resident> findByNik(String nik) {
        return jdbc.query(SELECT + " WHERE p.nik = ?", ResidentRepository::map, nik).stream().findFirst();
    }

    public Optional<Resident> findByEmail(String email) {
        return jdbc.query(SELECT + " WHERE lower(p.email) = lower(?)", ResidentRepository::map, email).stream().findFirst();
    }

    /** Living members of a family, head first, as OpenSID's salinan KK lists them. */
    public List<Resident> familyMembers(long keluargaId) {
        return jdbc.query(SELECT + " WHERE p.keluarga_id = ? AND p.status_dasar = 1"
                + " ORDER BY CASE p.hubungan WHEN 'KEPALA KELUARGA' THEN 0 WHEN 'ISTRI' THEN 1 WHEN 'SUAMI' THEN 1"
                + " WHEN 'ANAK' THEN 2 ELSE 3 END, p.tanggal_lahir", ResidentRepository::map, keluargaId);
    }

    public Optional<MandiriAccount> account(long residentId) {
        return jdbc.query("SELECT id_pend, pin, ganti_pin FROM penduduk_mandiri WHERE id_pend = ?",
                (rs, n) -> new MandiriAccount(rs.getLong(1), rs.getString(2), rs.getInt(3) == 1), residentId)
                .stream().findFirst();
    }

    public void storePin(long residentId, String hash, boolean mustChange) {
        jdbc.update("UPDATE penduduk_mandiri SET pin = ?, ganti_pin = ? WHERE id_pend = ?", hash, mustChange ? 1 : 0, residentId);
    }

    public void rehashPin(long residentId, String hash) {
        jdbc.update("UPDATE penduduk_mandiri SET pin = ? WHERE id_pend = ?", hash, residentId);
    }

    public void recordLogin(long residentId, String when) {
        jdbc.update("UPDATE penduduk_mandiri SET last_login = ? WHERE id_pend = ?", when, residentId);
    }

    private static Resident map(ResultSet rs, int row) throws SQLException {
        long keluarga = rs.getLong("keluarga_id");
        return new Resident(rs.getLong("id"), rs.getString("nik"), rs.getString("nama"),
                rs.wasNull() ? null : keluarga, rs.getString("no_kk"), rs.getString("hubungan"),
                rs.getString("jenis_kelamin"), rs.getString("agama"), rs.getString("tempat_lahir"),
                LocalDate.parse(rs.getString("tanggal_lahir")), rs.getString("pendidikan"), rs.getString("pekerjaan"),
                rs.getString("status_kawin"), rs.getString("golongan_darah"), rs.getString("warga_negara"),
                rs.getString("no_telepon"), rs.getString("email"), rs.getString("tag_id_card"), rs.getString("akta_lahir"),
                rs.getString("nama_ayah"), rs.getString("nik_ayah"), rs.getString("nama_ibu"), rs.getString("nik_ibu"),
                rs.getString("alamat"), rs.getString("dusun"), rs.getString("rt"), rs.getString("rw"),
                rs.getInt("status_dasar"));
    }
}
