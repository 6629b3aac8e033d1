package io.sluice.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * DuckDB as a peer of the end-to-end benchmarks, through its JDBC driver (the DuckDB command line is not
 * packaged for Debian): converts a CSV file to Parquet with zstd as DuckDB's own job, and compares two Parquet
 * files row for row. Lives in the benchmarks module only; the product never depends on DuckDB.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.sluice.benchmarks.DuckdbPeer copy rows.csv duckdb.parquet
 * java -cp benchmarks/target/benchmarks.jar io.sluice.benchmarks.DuckdbPeer compare a.parquet b.parquet
 * }</pre>
 * Exit codes: 0 done (and, for compare, equal), 1 the files differ or DuckDB failed, 2 bad command line.
 */
public final class DuckdbPeer {
    private static final String USAGE = "usage: DuckdbPeer copy IN.csv OUT.parquet | compare A.parquet B.parquet";

    private DuckdbPeer() {
    }

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command and returns the exit code; messages go to standard output and error. */
    public static int run(String[] args) {
        if (args.length != 3 || !(args[0].equals("copy") || args[0].equals("compare"))) {
            System.err.println(USAGE);
            return 2;
        }
        Path a = Path.of(args[1]);
        Path b = Path.of(args[2]);
        if (!Files.isRegularFile(a) || (args[0].equals("compare") && !Files.isRegularFile(b))) {
            System.err.println("DuckdbPeer: " + (Files.isRegularFile(a) ? b : a) + ": no such file");
            return 2;
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            if (args[0].equals("copy")) {
                copy(c, a, b);
                return 0;
            }
            String difference = difference(c, a, b);
            System.out.println(difference.isEmpty() ? "equal: " + rows(c, a) + " rows" : difference);
            return difference.isEmpty() ? 0 : 1;
        } catch (SQLException e) {
            System.err.println("DuckdbPeer " + args[0] + " " + a + ": " + e.getMessage().lines().findFirst()
                    .orElse(e.toString()));
            return 1;
        }
    }

    /** {@code COPY (SELECT * FROM read_csv(csv)) TO parquet (FORMAT parquet, COMPRESSION zstd)}. */
    static void copy(Connection c, Path csv, Path parquet) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM read_csv(" + literal(csv) + ")) TO " + literal(parquet)
                    + " (FORMAT parquet, COMPRESSION zstd)");
        }
    }

    /**
     * Empty when both files hold the same rows in the same order with the same column names and values;
     * otherwise one line saying how they differ.
     */
    static String difference(Connection c, Path a, Path b) throws SQLException {
        String columnsA = columns(c, a);
        String columnsB = columns(c, b);
        if (!columnsA.equals(columnsB)) {
            return "columns differ: " + columnsA + " vs " + columnsB;
        }
        long rowsA = rows(c, a);
        long rowsB = rows(c, b);
        if (rowsA != rowsB) {
            return "row counts differ: " + rowsA + " vs " + rowsB;
        }
        String numbered = "SELECT row_number() OVER () AS row_in_file, * FROM read_parquet(%s)";
        String sql = "SELECT count(*), min(row_in_file) FROM (" + String.format(numbered, literal(a))
                + " EXCEPT ALL " + String.format(numbered, literal(b)) + ")";
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            long differing = r.getLong(1);
            return differing == 0 ? "" : differing + " of " + rowsA + " rows differ, the first at row "
                    + r.getLong(2);
        }
    }

    private static String columns(Connection c, Path parquet) throws SQLException {
        StringBuilder names = new StringBuilder();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + literal(parquet) + ")")) {
            while (r.next()) {
                names.append(names.length() == 0 ? "" : ",").append(r.getString(1)).append(' ')
                        .append(r.getString(2));
            }
        }
        return names.toString();
    }

    private static long rows(Connection c, Path parquet) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM read_parquet(" + literal(parquet) + ")")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
