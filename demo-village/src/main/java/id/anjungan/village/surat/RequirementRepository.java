package id.anjungan.village.surat;

import id.anjungan.village.http.QueryOptions;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** OpenSID's ref_syarat_surat and the residents' uploaded documents (dokumen). */
@Repository
public class RequirementRepository {

    /** A requirement: id and name. */
    public record Requirement(long id, String nama) {
    }

    /** One of a resident's uploaded documents. */
    public record Document(long id, String nama, long syaratId) {
    }

    static final Map<String, String> COLUMNS = Map.of("ref_syarat_id", "ref_syarat_id", "ref_syarat_nama", "ref_syarat_nama");

    private final JdbcTemplate jdbc;

    public RequirementRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Requirement> all(QueryOptions query) {
        List<Object> args = new java.util.ArrayList<>();
        String where = query.partialMatches(COLUMNS, args);
        return jdbc.query("SELECT ref_syarat_id, ref_syarat_nama FROM ref_syarat_surat WHERE 1 = 1" + where
                + " ORDER BY ref_syarat_id", (rs, n) -> new Requirement(rs.getLong(1), rs.getString(2)), args.toArray());
    }

    public List<Requirement> byIds(List<Long> ids) {
        return ids.stream().flatMap(id -> jdbc.query(
                "SELECT ref_syarat_id, ref_syarat_nama FROM ref_syarat_surat WHERE ref_syarat_id = ?",
                (rs, n) -> new Requirement(rs.getLong(1), rs.getString(2)), id).stream()).toList();
    }

    public List<Document> documentsOf(long residentId) {
        return jdbc.query("SELECT id, nama, id_syarat FROM dokumen WHERE id_pend = ? ORDER BY id",
                (rs, n) -> new Document(rs.getLong(1), rs.getString(2), rs.getLong(3)), residentId);
    }
}
