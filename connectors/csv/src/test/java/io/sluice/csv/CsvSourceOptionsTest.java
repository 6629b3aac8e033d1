package io.sluice.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.config.Config;
import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.ChunkPlan;
import io.sluice.core.spi.BatchReader;
import io.sluice.core.spi.Plugins;
import io.sluice.core.spi.Source;
import io.sluice.core.spi.SourceFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dialect options, type guessing and declared types of the CSV source; expected values are written by hand. */
class CsvSourceOptionsTest {
    @TempDir
    Path temp;

    private List<ColumnType> types(Config config) throws IOException {
        try (Source s = SourceReading.source(temp, config)) {
            return s.describe().variables().stream().map(VariableInfo::valueType).toList();
        }
    }

    private static List<String> row(String... values) {
        return Arrays.asList(values);
    }

    @Test
    void theSourceIsFoundByItsTypeIdAndReadsCsvFiles() {
        assertThat(Plugins.installed().find(SourceFactory.class, "csv")).get().isInstanceOf(CsvSourceFactory.class);
        assertThat(new CsvSourceFactory().canRead(Path.of("obs.CSV"))).isTrue();
        assertThat(new CsvSourceFactory().canRead(Path.of("tas.nc"))).isFalse();
    }

    @Test
    void typesAreGuessedFromTheFirstRows() throws IOException {
        Files.writeString(temp.resolve("t.csv"), """
                flag,small,big,x,day,at,code,text,blank
                true,1,3000000000,1.5,2001-02-28,2001-02-28T13:45:30Z,007,a,
                FALSE,-2,4,2,2001-03-01,2001-03-01 00:00,010,b,
                ,,,1e-3,,2001-03-02,,,
                """);
        assertThat(types(CsvSource.at("t.csv"))).containsExactly(ColumnType.BOOLEAN, ColumnType.LONG, ColumnType.LONG,
                ColumnType.DOUBLE, ColumnType.DATE, ColumnType.TIMESTAMP, ColumnType.STRING, ColumnType.STRING,
                ColumnType.STRING);
        assertThat(SourceReading.rows(temp, CsvSource.at("t.csv"))).containsExactly(
                row("true", "1", "3000000000", "1.5", "2001-02-28", "2001-02-28T13:45:30Z", "007", "a", null),
                row("false", "-2", "4", "2.0", "2001-03-01", "2001-03-01T00:00:00Z", "010", "b", null),
                row(null, null, null, "0.001", null, "2001-03-02T00:00:00Z", null, null, null));
    }

    @Test
    void onlyTheFirstInferRowsAreLookedAtAndDeclaredTypesWin() throws IOException {
        Files.writeString(temp.resolve("t.csv"), "n,s\n1,10\n2,x\n2.5,12\n");
        assertThat(types(CsvSource.at("t.csv").with("infer-rows", 1L))).containsExactly(ColumnType.LONG,
                ColumnType.LONG);
        assertThat(types(CsvSource.at("t.csv"))).containsExactly(ColumnType.DOUBLE, ColumnType.STRING);
        Config declared = Config.empty("types").with("n", "float").with("s", "string");
        assertThat(types(CsvSource.at("t.csv").with("types", declared))).containsExactly(ColumnType.FLOAT,
                ColumnType.STRING);
        Files.writeString(temp.resolve("i.csv"), "n\n2147483647\n2147483648\n");
        assertThat(types(CsvSource.at("i.csv"))).containsExactly(ColumnType.LONG);
        assertThatThrownBy(() -> SourceReading.rows(temp, CsvSource.at("i.csv")
                .with("types", Config.empty("types").with("n", "int"))))
                .hasMessage("i.csv:3 column 'n': '2147483648' is not an INT (declared in types); declare it with"
                        + " types: {n: string} or add '2147483648' to null");
    }

    @Test
    void numbersAreParsedIntoPrimitiveColumnsExactly() throws IOException {
        Files.writeString(temp.resolve("n.csv"), "l,d,f\n-9223372036854775808,0.1,0.1\n9223372036854775807,NaN,-inf\n");
        Config config = CsvSource.at("n.csv").with("types", Config.empty("types").with("f", "float"));
        try (Source s = SourceReading.source(temp, config);
             BatchReader r = s.open(ChunkPlan.ofParts(s.describe()).chunks().get(0), 1 << 20)) {
            Table t = (Table) r.next();
            Column l = t.columns().get(0);
            Column d = t.columns().get(1);
            Column f = t.columns().get(2);
            assertThat(l.type()).isEqualTo(ColumnType.LONG);
            assertThat(l.longValue(0)).isEqualTo(Long.MIN_VALUE);
            assertThat(l.longValue(1)).isEqualTo(Long.MAX_VALUE);
            assertThat(d.doubleValue(0)).isEqualTo(0.1);
            assertThat(d.isNull(1)).isFalse();
            assertThat(d.doubleValue(1)).isNaN();
            assertThat(f.doubleValue(0)).isEqualTo((double) 0.1f);
            assertThat(f.doubleValue(1)).isEqualTo(Double.NEGATIVE_INFINITY);
        }
    }

    @Test
    void timestampsWithoutZoneAreInTheConfiguredZone() throws IOException {
        Files.writeString(temp.resolve("z.csv"), "at\n2001-07-01T12:00\n2001-01-01T12:00:00.25+01:00\n");
        assertThat(SourceReading.rows(temp, CsvSource.at("z.csv").with("timezone", "Europe/Paris")))
                .containsExactly(row("2001-07-01T10:00:00Z"), row("2001-01-01T11:00:00.250Z"));
        assertThat(SourceReading.rows(temp, CsvSource.at("z.csv"))).first().isEqualTo(row("2001-07-01T12:00:00Z"));
    }

    @Test
    void aDialectOfSemicolonsSingleQuotesBackslashEscapesCommentsAndTrimIsRead() throws IOException {
        Files.writeString(temp.resolve("d.csv"), "preamble line with a \" quote\n"
                + "# a comment\nid ; name\n 1 ; 'O''Brien; Pat' \n2;'a \\' b'\n#  another\n3;NA\n");
        Config config = CsvSource.at("d.csv").with("delimiter", ";").with("quote", "'").with("escape", "\\")
                .with("comment", "#").with("trim", true).with("skip-lines", 1L).with("null", List.of("NA"));
        assertThat(SourceReading.rows(temp, config)).containsExactly(row("1", "O'Brien; Pat"), row("2", "a ' b"),
                row("3", null));
        try (Source s = SourceReading.source(temp, config)) {
            assertThat(s.describe().variables()).extracting(VariableInfo::name).containsExactly("id", "name");
        }
    }

    @Test
    void withoutHeaderColumnsAreNumberedOrNamed() throws IOException {
        Files.writeString(temp.resolve("h.csv"), "1,x\n2,y\n");
        try (Source s = SourceReading.source(temp, CsvSource.at("h.csv").with("header", false))) {
            assertThat(s.describe().variables()).extracting(VariableInfo::name).containsExactly("column_1",
                    "column_2");
            assertThat(SourceReading.rows(s, 1 << 20)).containsExactly(row("1", "x"), row("2", "y"));
        }
        try (Source s = SourceReading.source(temp, CsvSource.at("h.csv").with("header", false)
                .with("columns", List.of("id", "name")))) {
            assertThat(s.describe().variables()).extracting(VariableInfo::name).containsExactly("id", "name");
        }
    }

    @Test
    void aDirectoryOrAGlobIsReadFileByFileInNameOrder() throws IOException {
        Files.createDirectories(temp.resolve("d"));
        Files.writeString(temp.resolve("d/b.csv"), "id\n3\n4\n");
        Files.writeString(temp.resolve("d/a.csv"), "id\n1\n2\n");
        Files.writeString(temp.resolve("d/notes.txt"), "not a csv");
        List<List<String>> expected = List.of(row("1"), row("2"), row("3"), row("4"));
        assertThat(SourceReading.rows(temp, CsvSource.at("d"))).isEqualTo(expected);
        assertThat(SourceReading.rows(temp, CsvSource.at("d/*.csv").with("part-size", 2L))).isEqualTo(expected);
        try (Source s = SourceReading.source(temp, CsvSource.at("d/*.csv"))) {
            assertThat(s.describe().parts()).hasSize(2);
        }
    }

    @Test
    void theNullTextIsMissingUnquotedAndTextQuotedAsPostgresqlReadsIt() throws IOException {
        Files.writeString(temp.resolve("n.csv"), "id,s\n1,NA\n2,\"NA\"\n3,\n4,\"\"\n5,-\n");
        Config strings = Config.empty("types").with("s", "string");
        assertThat(SourceReading.rows(temp, CsvSource.at("n.csv").with("types", strings).with("null",
                List.of("NA", "-")))).containsExactly(row("1", null), row("2", "NA"), row("3", ""), row("4", ""),
                row("5", null));
        assertThat(SourceReading.rows(temp, CsvSource.at("n.csv").with("types", strings))).containsExactly(
                row("1", "NA"), row("2", "NA"), row("3", null), row("4", ""), row("5", "-"));
    }
}
