package id.anjungan.core.storage;

import id.anjungan.core.CoreError;
import id.anjungan.core.KioskCoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Plain JDBC with the few shapes the kiosk needs; every failure becomes {@link CoreError#STORAGE}. */
public final class Sql {

    /** Reads one row. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Work inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs one statement; returns the generated key of an insert, else the update count. */
    public long update(String statement, Object... arguments) {
        return transaction(connection -> update(connection, statement, arguments));
    }

    public <T> List<T> query(String statement, Row<T> row, Object... arguments) {
        return transaction(connection -> query(connection, statement, row, arguments));
    }

    public <T> Optional<T> first(String statement, Row<T> row, Object... arguments) {
        return query(statement, row, arguments).stream().findFirst();
    }

    /** Runs work in one {@code BEGIN IMMEDIATE} transaction: committed only when it returns. */
    public <T> T transaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new KioskCoreException(CoreError.STORAGE, "database: " + e.getMessage(), e);
        }
    }

    public static long update(Connection connection, String statement, Object... arguments) throws SQLException {
        try (PreparedStatement prepared = connection.prepareStatement(statement, Statement.RETURN_GENERATED_KEYS)) {
            bind(prepared, arguments);
            int count = prepared.executeUpdate();
            if (statement.trim().regionMatches(true, 0, "insert", 0, 6)) {
                try (ResultSet keys = prepared.getGeneratedKeys()) {
                    if (keys.next()) {
                        return keys.getLong(1);
                    }
                }
            }
            return count;
        }
    }

    public static <T> List<T> query(Connection connection, String statement, Row<T> row, Object... arguments)
            throws SQLException {
        try (PreparedStatement prepared = connection.prepareStatement(statement)) {
            bind(prepared, arguments);
            try (ResultSet rows = prepared.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(row.read(rows));
                }
                return result;
            }
        }
    }

    private static void bind(PreparedStatement prepared, Object... arguments) throws SQLException {
        for (int i = 0; i < arguments.length; i++) {
            prepared.setObject(i + 1, arguments[i]);
        }
    }
}
