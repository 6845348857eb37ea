package id.anjungan.village.surat;

import id.anjungan.village.http.PageRequest;
import id.anjungan.village.http.QueryOptions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** log_surat: issued letters, their yearly numbers and their PDFs. */
@Repository
public class ArchiveRepository {

    static final Map<String, String> COLUMNS = Map.of("id", "l.id", "no_surat", "l.no_surat", "nama", "p.nama",
            "pamong_nama", "l.nama_pamong", "tanggal", "l.tanggal");
    private static final String SELECT = """
            SELECT l.id, l.id_format_surat, f.nama AS jenis_surat, l.id_pend, p.nama AS nama_penduduk, l.id_permohonan,
                   l.no_surat, l.nomor_lengkap, l.tanggal, l.nama_pamong, l.tte, l.nama_surat, l.alias,
                   l.pdf IS NOT NULL AS has_file
              FROM log_surat l JOIN surat_format f ON f.id = l.id_format_surat JOIN penduduk p ON p.id = l.id_pend
            """;

    private final JdbcTemplate jdbc;

    public ArchiveRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ArchivedLetter> ofResident(long residentId, QueryOptions query, PageRequest page) {
        List<Object> args = new ArrayList<>(List.of(residentId));
        String where = query.partialMatches(COLUMNS, args);
        args.add(page.size());
        args.add(page.offset());
        return jdbc.query(SELECT + " WHERE l.id_pend = ?" + where + " ORDER BY " + query.orderBy(COLUMNS, "l.id")
                + " LIMIT ? OFFSET ?", ArchiveRepository::map, args.toArray());
    }

    public long countOfResident(long residentId, QueryOptions query) {
        List<Object> args = new ArrayList<>(List.of(residentId));
        String where = query.partialMatches(COLUMNS, args);
        Long n = jdbc.queryForObject("SELECT count(*) FROM log_surat l JOIN penduduk p ON p.id = l.id_pend"
                + " WHERE l.id_pend = ?" + where, Long.class, args.toArray());
        return n == null ? 0 : n;
    }


    public Optional<ArchivedLetter> find(long id) {
        return jdbc.query(SELECT + " WHERE l.id = ?", ArchiveRepository::map, id).stream().findFirst();
    }

    public Optional<ArchivedLetter> findByAlias(String alias) {
        return jdbc.query(SELECT + " WHERE l.alias = ?", ArchiveRepository::map, alias).stream().findFirst();
    }

    public Optional<ArchivedLetter> findByRequest(long requestId) {
        return jdbc.query(SELECT + " WHERE l.id_permohonan = ?", ArchiveRepository::map, requestId).stream().findFirst();
    }

    /** The PDF; empty when the letter's file is missing. */
    public Optional<byte[]> pdf(long id) {
        return jdbc.query("SELECT pdf FROM log_surat WHERE id = ? AND pdf IS NOT NULL", (rs, n) -> rs.getBytes(1), id)
                .stream().findFirst();
    }

    /** The next number of a letter type in a year: OpenSID's default per-type yearly sequence. */
    public int nextNumber(long letterTypeId, int year) {
        Integer max = jdbc.queryForObject("SELECT max(no_surat) FROM log_surat WHERE id_format_surat = ? AND tahun = ?",
                Integer.class, letterTypeId, year);
        return max == null ? 1 : max + 1;
    }

    public boolean aliasTaken(String alias) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM log_surat WHERE alias = ?", Integer.class, alias);
        return n != null && n > 0;
    }

    public long insert(long letterTypeId, long residentId, long requestId, int noSurat, String nomorLengkap, int year,
            String tanggal, String namaPamong, String namaSurat, String alias, byte[] pdf) {
        jdbc.update("INSERT INTO log_surat (id_format_surat, id_pend, id_permohonan, no_surat, nomor_lengkap, tahun, tanggal,"
                + " nama_pamong, tte, nama_surat, alias, pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
                letterTypeId, residentId, requestId, noSurat, nomorLengkap, year, tanggal, namaPamong, namaSurat, alias, pdf);
        Long id = jdbc.queryForObject("SELECT id FROM log_surat WHERE alias = ?", Long.class, alias);
        return id == null ? -1 : id;
    }

    /** The letter's file goes missing, as when OpenSID's FTP folder loses it. */
    public boolean dropFile(long id) {
        return jdbc.update("UPDATE log_surat SET pdf = NULL WHERE id = ?", id) == 1;
    }

    private static ArchivedLetter map(ResultSet rs, int row) throws SQLException {
        long request = rs.getLong("id_permohonan");
        Long requestId = rs.wasNull() ? null : request;
        int tte = rs.getInt("tte");
        Integer tteValue = rs.wasNull() ? null : tte;
        return new ArchivedLetter(rs.getLong("id"), rs.getLong("id_format_surat"), rs.getString("jenis_surat"),
                rs.getLong("id_pend"), rs.getString("nama_penduduk"), requestId, rs.getInt("no_surat"),
                rs.getString("nomor_lengkap"), rs.getString("tanggal"), rs.getString("nama_pamong"), tteValue,
                rs.getString("nama_surat"), rs.getString("alias"), rs.getBoolean("has_file"));
    }
}
