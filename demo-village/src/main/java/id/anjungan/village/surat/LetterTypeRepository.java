package id.anjungan.village.surat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.anjungan.village.http.PageRequest;
import id.anjungan.village.http.QueryOptions;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Letter formats; residents see those with {@code mandiri = 1} and {@code kunci = 0}. */
@Repository
public class LetterTypeRepository {

    static final Map<String, String> COLUMNS = Map.of("id", "id", "nama", "nama", "kode_surat", "kode_surat");
    private static final String OFFERED = " FROM surat_format WHERE mandiri = 1 AND kunci = 0";

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;

    public LetterTypeRepository(JdbcTemplate jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    public List<LetterType> offered(QueryOptions query, PageRequest page) {
        List<Object> args = new ArrayList<>();
        String where = query.partialMatches(COLUMNS, args);
        args.add(page.size());
        args.add(page.offset());
        return jdbc.query("SELECT *" + OFFERED + where + " ORDER BY " + query.orderBy(COLUMNS, "id") + " LIMIT ? OFFSET ?",
                this::map, args.toArray());
    }

    public long countOffered(QueryOptions query) {
        List<Object> args = new ArrayList<>();
        String where = query.partialMatches(COLUMNS, args);
        Long n = jdbc.queryForObject("SELECT count(*)" + OFFERED + where, Long.class, args.toArray());
        return n == null ? 0 : n;
    }


    public boolean isOffered(long id) {
        Long n = jdbc.queryForObject("SELECT count(*)" + OFFERED + " AND id = ?", Long.class, id);
        return n != null && n > 0;
    }

    public Optional<LetterType> findBySlug(String slug) {
        return jdbc.query("SELECT * FROM surat_format WHERE url_surat = ?", this::map, slug).stream().findFirst();
    }

    public Optional<LetterType> findById(long id) {
        return jdbc.query("SELECT * FROM surat_format WHERE id = ?", this::map, id).stream().findFirst();
    }

    private LetterType map(ResultSet rs, int row) throws SQLException {
        List<Long> syarat;
        try {
            syarat = mapper.readValue(rs.getString("syarat_surat"), new TypeReference<List<Long>>() { });
        } catch (IOException e) {
            syarat = List.of();
        }
        int masa = rs.getInt("masa_berlaku");
        Integer masaBerlaku = rs.wasNull() ? null : masa;
        return new LetterType(rs.getLong("id"), rs.getString("nama"), rs.getString("url_surat"), rs.getString("kode_surat"),
                syarat, rs.getString("kode_isian"), masaBerlaku, rs.getString("satuan_masa_berlaku"));
    }
}
