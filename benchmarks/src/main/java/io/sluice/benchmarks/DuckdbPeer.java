package io.sluice.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * DuckDB as a peer of the end-to-end benchmarks, through its JDBC driver (the DuckDB command line is not
 * packaged for Debian): converts a CSV file to Parquet with zstd as DuckDB's own job, and compares two Parquet
 * files row for row (a FLOAT column matches a DOUBLE one when the doubles round to the same floats). Lives in the
 * benchmarks module only; the product never depends on DuckDB.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.sluice.benchmarks.DuckdbPeer copy rows.csv duckdb.parquet
 * java -cp benchmarks/target/benchmarks.jar io.sluice.benchmarks.DuckdbPeer compare a.parquet b.parquet
 * java -cp benchmarks/target/benchmarks.jar io.sluice.benchmarks.DuckdbPeer rows a.parquet
 * }</pre>
 * Exit codes: 0 done (and, for compare, equal), 1 the files differ or DuckDB failed, 2 bad command line.
 */
public final class DuckdbPeer {
    private static final String USAGE =
            "usage: DuckdbPeer copy IN.csv OUT.parquet | compare A.parquet B.parquet | rows A.parquet";

    private DuckdbPeer() {
    }

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command and returns the exit code; messages go to standard output and error. */
    public static int run(String[] args) {
        boolean rows = args.length == 2 && args[0].equals("rows");
        if (!rows && (args.length != 3 || !(args[0].equals("copy") || args[0].equals("compare")))) {
            System.err.println(USAGE);
            return 2;
        }
        Path a = Path.of(args[1]);
        Path b = rows ? a : Path.of(args[2]);
        if (!Files.isRegularFile(a) || (args[0].equals("compare") && !Files.isRegularFile(b))) {
            System.err.println("DuckdbPeer: " + (Files.isRegularFile(a) ? b : a) + ": no such file");
            return 2;
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            if (rows) {
                System.out.println(rows(c, a));
                return 0;
            }
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
        List<String[]> columnsA = columns(c, a);
        List<String[]> columnsB = columns(c, b);
        if (!names(columnsA).equals(names(columnsB))) {
            return "columns differ: " + names(columnsA) + " vs " + names(columnsB);
        }
        String select = select(columnsA, columnsB);
        long rowsA = rows(c, a);
        long rowsB = rows(c, b);
        if (rowsA != rowsB) {
            return "row counts differ: " + rowsA + " vs " + rowsB;
        }
        String numbered = "SELECT row_number() OVER () AS row_in_file, " + select + " FROM read_parquet(%s)";
        String sql = "SELECT count(*), min(row_in_file) FROM (" + String.format(numbered, literal(a))
                + " EXCEPT ALL " + String.format(numbered, literal(b)) + ")";
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            long differing = r.getLong(1);
            return differing == 0 ? "" : differing + " of " + rowsA + " rows differ, the first at row "
                    + r.getLong(2);
        }
    }

    /** The select list: columns as they are, a FLOAT/DOUBLE pair as FLOAT, other type pairs as text. */
    private static String select(List<String[]> a, List<String[]> b) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String name = '"' + a.get(i)[0].replace("\"", "\"\"") + '"';
            String typeA = a.get(i)[1];
            String typeB = b.get(i)[1];
            if (typeA.equals(typeB)) {
                items.add(name);
            } else if (Set.of(typeA, typeB).equals(Set.of("FLOAT", "DOUBLE"))) {
                items.add("CAST(" + name + " AS FLOAT) AS " + name);
            } else {
                items.add("CAST(" + name + " AS VARCHAR) AS " + name);
            }
        }
        return String.join(", ", items);
    }

    private static List<String> names(List<String[]> columns) {
        return columns.stream().map(column -> column[0]).toList();
    }

    /** (name, type) of every column. */
    private static List<String[]> columns(Connection c, Path parquet) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + literal(parquet) + ")")) {
            while (r.next()) {
                columns.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        return columns;
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
