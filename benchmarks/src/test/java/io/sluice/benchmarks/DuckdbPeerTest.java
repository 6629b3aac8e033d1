package io.sluice.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckdbPeerTest {
    @TempDir
    Path dir;

    @Test
    void aCopiedCsvEqualsItselfAndDiffersFromAChangedCopyAtTheChangedRow() throws IOException {
        Path a = write("a.csv", "id,x,name\n1,1.5,station-1\n2,2.5,station-2\n3,3.5,station-3\n");
        Path b = write("b.csv", "id,x,name\n1,1.5,station-1\n2,2.25,station-2\n3,3.5,station-3\n");
        assertThat(DuckdbPeer.run(new String[] {"copy", a.toString(), dir.resolve("a.parquet").toString()}))
                .isZero();
        assertThat(DuckdbPeer.run(new String[] {"copy", b.toString(), dir.resolve("b.parquet").toString()}))
                .isZero();

        String same = output("compare", "a.parquet", "a.parquet");
        String changed = output("compare", "a.parquet", "b.parquet");

        assertThat(same).isEqualTo("equal: 3 rows");
        assertThat(changed).isEqualTo("1 of 3 rows differ, the first at row 2");
    }

    @Test
    void aFloatColumnMatchesADoubleColumnThatRoundsToTheSameFloats() throws Exception {
        parquet("f.parquet", "SELECT 1::BIGINT AS id, 1.1::FLOAT AS v");
        parquet("d.parquet", "SELECT 1::BIGINT AS id, 1.1::DOUBLE AS v");
        parquet("other.parquet", "SELECT 1::BIGINT AS id, 1.2::DOUBLE AS v");

        assertThat(output("compare", "f.parquet", "d.parquet")).isEqualTo("equal: 1 rows");
        assertThat(output("compare", "f.parquet", "other.parquet")).isEqualTo("1 of 1 rows differ, the first at row 1");
        assertThat(DuckdbPeer.run(new String[] {"rows", dir.resolve("f.parquet").toString()})).isZero();
    }

    @Test
    void aMissingInputIsNamedAndIsACommandLineError() {
        assertThat(DuckdbPeer.run(new String[] {"copy", dir.resolve("none.csv").toString(), "x.parquet"}))
                .isEqualTo(2);
        assertThat(DuckdbPeer.run(new String[] {"convert", "a", "b"})).isEqualTo(2);
    }

    private void parquet(String name, String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (" + query + ") TO '" + dir.resolve(name) + "' (FORMAT parquet)");
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private String output(String command, String a, String b) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            DuckdbPeer.run(new String[] {command, dir.resolve(a).toString(), dir.resolve(b).toString()});
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8).strip();
    }
}
