package id.anjungan.village.desa;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The one village this server is. */
@Repository
public class VillageRepository {

    private final JdbcTemplate jdbc;

    public VillageRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Village village() {
        return jdbc.queryForObject("SELECT * FROM desa WHERE id = 1", (rs, n) -> new Village(
                rs.getString("nama_desa"), rs.getString("kode_desa"), rs.getString("nama_kecamatan"),
                rs.getString("kode_kecamatan"), rs.getString("nama_kabupaten"), rs.getString("kode_kabupaten"),
                rs.getString("nama_provinsi"), rs.getString("kode_provinsi"), rs.getString("kode_pos"),
                rs.getString("alamat_kantor"), rs.getString("email_desa"), rs.getString("telepon"),
                rs.getString("website"), rs.getString("nama_kepala_desa"), rs.getString("nip_kepala_desa"),
                rs.getString("nama_kepala_camat"), rs.getString("nip_kepala_camat"), rs.getString("lat"),
                rs.getString("lng")));
    }

    public boolean databaseAnswers() {
        try {
            Integer one = jdbc.queryForObject("SELECT 1", Integer.class);
            return one != null && one == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
