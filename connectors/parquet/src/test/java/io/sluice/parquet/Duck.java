package io.sluice.parquet;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** DuckDB (in memory, through its JDBC driver) as an independent reader and writer of Parquet files. */
final class Duck {
    private Duck() {
    }

    /** Every row of {@code sql}, each as the list of its values as JDBC returns them. */
    static List<List<Object>> rows(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            List<List<Object>> out = new ArrayList<>();
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<Object> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    row.add(r.getObject(i));
                }
                out.add(row);
            }
            return out;
        }
    }

    /** Runs statements such as {@code COPY ... TO ...}. */
    static void execute(String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    /** Column name and DuckDB type of each column of {@code from} (such as {@code read_parquet('x')}). */
    static List<String> types(String from) throws SQLException {
        List<String> out = new ArrayList<>();
        for (List<Object> row : rows("DESCRIBE SELECT * FROM " + from)) {
            out.add(row.get(0) + " " + row.get(1));
        }
        return out;
    }

    /** A path as a SQL string literal. */
    static String literal(Path p) {
        return "'" + p.toString().replace("'", "''") + "'";
    }
}
