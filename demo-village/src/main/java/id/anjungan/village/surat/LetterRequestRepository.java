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
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** permohonan_surat: what residents asked for and where each request stands. */
@Repository
public class LetterRequestRepository {

    static final Map<String, String> COLUMNS = Map.of("id", "r.id", "status", "r.status");
    private static final String SELECT = """
            SELECT r.*, p.nama AS nama_penduduk, f.nama AS jenis_surat, f.url_surat
              FROM permohonan_surat r JOIN penduduk p ON p.id = r.id_pemohon JOIN surat_format f ON f.id = r.id_surat
            """;

    private final JdbcTemplate jdbc;

    public LetterRequestRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long residentId, long letterTypeId, String isianForm, String syarat, String keterangan,
            String noHp, String now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO permohonan_surat (id_pemohon, id_surat, isian_form, syarat, keterangan,"
                    + " no_hp_aktif, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)", new String[] {"id"});
            ps.setLong(1, residentId);
            ps.setLong(2, letterTypeId);
            ps.setString(3, isianForm);
            ps.setString(4, syarat);
            ps.setString(5, keterangan);
            ps.setString(6, noHp);
            ps.setString(7, now);
            ps.setString(8, now);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    public Optional<LetterRequest> find(long id) {
        return jdbc.query(SELECT + " WHERE r.id = ?", LetterRequestRepository::map, id).stream().findFirst();
    }

    public List<LetterRequest> ofResident(long residentId, QueryOptions query, PageRequest page) {
        List<Object> args = new ArrayList<>(List.of(residentId));
        String where = query.exactMatches(COLUMNS, args);
        args.add(page.size());
        args.add(page.offset());
        return jdbc.query(SELECT + " WHERE r.id_pemohon = ?" + where + " ORDER BY " + query.orderBy(COLUMNS, "r.id")
                + " LIMIT ? OFFSET ?", LetterRequestRepository::map, args.toArray());
    }

    public long countOfResident(long residentId, QueryOptions query) {
        List<Object> args = new ArrayList<>(List.of(residentId));
        String where = query.exactMatches(COLUMNS, args);
        Long n = jdbc.queryForObject("SELECT count(*) FROM permohonan_surat r WHERE r.id_pemohon = ?" + where,
                Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    /** Every request, newest first, for the operator. */
    public List<LetterRequest> all() {
        return jdbc.query(SELECT + " ORDER BY r.id DESC", LetterRequestRepository::map);
    }


    /** Moves a request only when it is still in {@code from}; false when it was not. */
    public boolean transition(long id, List<RequestStatus> from, RequestStatus to, String alasan, String now) {
        String placeholders = String.join(",", from.stream().map(s -> "?").toList());
        List<Object> args = new ArrayList<>(List.of(to.code(), now));
        args.add(alasan);
        args.add(id);
        from.forEach(s -> args.add(s.code()));
        return jdbc.update("UPDATE permohonan_surat SET status = ?, updated_at = ?, alasan = coalesce(?, alasan)"
                + " WHERE id = ? AND status IN (" + placeholders + ")", args.toArray()) == 1;
    }

    private static LetterRequest map(ResultSet rs, int row) throws SQLException {
        return new LetterRequest(rs.getLong("id"), rs.getLong("id_pemohon"), rs.getString("nama_penduduk"),
                rs.getLong("id_surat"), rs.getString("jenis_surat"), rs.getString("url_surat"), rs.getString("isian_form"),
                rs.getString("syarat"), rs.getString("keterangan"), rs.getString("no_hp_aktif"),
                RequestStatus.of(rs.getInt("status")).orElseThrow(), rs.getString("alasan"), rs.getString("created_at"));
    }
}
