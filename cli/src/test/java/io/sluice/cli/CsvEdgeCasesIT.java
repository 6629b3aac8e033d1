package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The csv-spectrum cases of the CSV connector's tests (quotes, doubled quotes, line breaks inside quotes, CRLF,
 * UTF-8, empty fields) converted CSV to Parquet to CSV with {@code sluice convert}: the output holds the same
 * values, field by field, as the input, both read by {@link CsvFields} (which tells a missing field from an
 * empty text). The input's line breaks between records may change (the sink writes LF); those inside quotes stay.
 */
class CsvEdgeCasesIT {
    private static final Path SPECTRUM = Path.of("../connectors/csv/src/test/resources/csv-spectrum")
            .toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"comma_in_quotes", "empty_unquoted", "escaped_quotes", "json", "newlines",
        "newlines_crlf", "quotes_and_newlines", "simple", "simple_crlf", "utf8"})
    void aCsvThroughParquetComesBackWithTheSameValues(String name) throws Exception {
        Path input = SPECTRUM.resolve(name + ".csv");
        Path back = throughParquet(input, null);
        assertThat(fields(back)).isEqualTo(fields(input));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty", "empty_crlf"})
    void emptyTextsStayEmptyTextsWhenTheColumnsAreDeclaredText(String name) throws Exception {
        Path input = SPECTRUM.resolve(name + ".csv");
        Path back = throughParquet(input, "{b: string, c: string}");
        assertThat(fields(back)).isEqualTo(fields(input))
                .containsExactly(row("a", "b", "c"), row("1", "", ""), row("2", "3", "4"));
        assertThat(Files.readString(back)).isEqualTo("a,b,c\n1,\"\",\"\"\n2,3,4\n");
    }

    @Test
    void aQuotedEmptyFieldInANumberColumnIsMissingAfterTheTrip() throws Exception {
        // the source reads "" in a column guessed as LONG as missing (docs/conventions.md, "Reading CSV")
        Path back = throughParquet(SPECTRUM.resolve("empty.csv"), null);
        assertThat(fields(back)).containsExactly(row("a", "b", "c"), row("1", null, null), row("2", "3", "4"));
    }

    @Test
    void aHeaderAloneGivesAHeaderAloneWithTextColumns() throws Exception {
        Path input = Files.writeString(dir.resolve("header_only.csv"), "a,b,c\n");
        Path back = throughParquet(input, null);
        assertThat(Files.readString(back)).isEqualTo("a,b,c\n");
        Console inspect = Console.run("inspect", dir.resolve("header_only.parquet").toString());
        assertThat(inspect.out()).contains("BINARY STRING a()", "BINARY STRING b()", "BINARY STRING c()");
    }

    @Test
    void anEmptyFileIsRefusedWithOneLineAndNothingIsWritten() throws Exception {
        Path input = Files.writeString(dir.resolve("empty_file.csv"), "");
        Console c = Console.run("convert", input.toString(), dir.resolve("empty_file.parquet").toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains("empty_file.csv: is empty; expected a header line with the column names")
                .doesNotContain("Exception");
        assertThat(dir.resolve("empty_file.parquet")).doesNotExist();
    }

    /** Converts {@code input} to Parquet and back to CSV, with a pipeline file when {@code types} are given. */
    private Path throughParquet(Path input, String types) throws Exception {
        String stem = input.getFileName().toString().replace(".csv", "");
        Path parquet = dir.resolve(stem + ".parquet");
        Path back = Files.createDirectories(dir.resolve("back")).resolve(stem + ".csv");
        if (types == null) {
            ok(Console.run("convert", input.toString(), parquet.toString(), "--parallelism", "2"));
        } else {
            Path yaml = Files.writeString(dir.resolve(stem + ".yaml"), "pipeline: to-parquet\n"
                    + "source: {type: csv, path: '" + input + "', types: " + types + "}\n"
                    + "sink: {type: parquet, path: '" + parquet + "'}\n");
            ok(Console.run("run", yaml.toString()));
        }
        ok(Console.run("convert", parquet.toString(), back.toString()));
        return back;
    }

    private static void ok(Console c) {
        assertThat(c.exitCode()).as(c.err()).isZero();
    }

    private static List<List<String>> fields(Path csv) throws Exception {
        return CsvFields.parse(Files.readString(csv, StandardCharsets.UTF_8), ',');
    }

    private static List<String> row(String... values) {
        return Arrays.asList(values);
    }
}
