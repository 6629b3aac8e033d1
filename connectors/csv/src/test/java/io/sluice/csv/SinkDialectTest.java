package io.sluice.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.config.Config;
import io.sluice.core.config.ConfigReader;
import io.sluice.core.config.Problems;
import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;
import io.sluice.core.spi.PartWriter;
import io.sluice.core.spi.Sink;
import io.sluice.core.spi.SinkSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sink's dialect options and how it prints the table column types; expected files are written by hand. */
class SinkDialectTest {
    @TempDir
    Path dir;

    /** Two rows: id 7 / missing, ok true / false, day 2001-02-28 / 1969-12-31, at 1 s / 1.5 s, x 0.5 / NaN, s. */
    private static Table table() {
        boolean[] nulls = {false, true};
        return Table.of(2, List.of(
                Column.ofLongs("id", ColumnType.INT, new long[] {7, 0}, Column.nullBits(nulls), Map.of()),
                Column.ofLongs("ok", ColumnType.BOOLEAN, new long[] {1, 0}, null, Map.of()),
                Column.ofLongs("day", ColumnType.DATE, new long[] {11_381, -1}, null, Map.of()),
                Column.ofLongs("at", ColumnType.TIMESTAMP, new long[] {1_000_000, -1_500_000}, null, Map.of()),
                Column.ofDoubles("x", ColumnType.DOUBLE, new double[] {0.5, Double.NaN}, null, Map.of()),
                Column.ofStrings("s", new String[] {"say \"hi\"; ok", null}, Map.of())));
    }

    private String write(Config config) throws IOException {
        Problems problems = new Problems();
        ConfigReader reader = new ConfigReader(config.atPath("sink"), problems, dir);
        Sink sink = new CsvSinkFactory().create(reader);
        reader.finish();
        problems.throwIfAny();
        SinkSession session = sink.begin();
        try (PartWriter part = session.part(0)) {
            part.write(table());
        }
        session.commit();
        return Files.readString(Path.of(sink.target()), StandardCharsets.ISO_8859_1);
    }

    @Test
    void theNewColumnTypesPrintAsIsoTextAndWords() throws IOException {
        assertThat(write(CsvSink.at("a.csv"))).isEqualTo("id,ok,day,at,x,s\n"
                + "7,true,2001-02-28,1970-01-01T00:00:01Z,0.5,\"say \"\"hi\"\"; ok\"\n"
                + ",false,1969-12-31,1969-12-31T23:59:58.500Z,NaN,\n");
    }

    @Test
    void semicolonsSingleQuotesNonNumericQuotingAndCrlf() throws IOException {
        assertThat(write(CsvSink.at("b.csv").with("delimiter", ";").with("quote", "'").with("quote-mode",
                "non-numeric").with("record-separator", "crlf").with("null", "NA"))).isEqualTo(
                "'id';'ok';'day';'at';'x';'s'\r\n"
                + "7;'true';'2001-02-28';'1970-01-01T00:00:01Z';0.5;'say \"hi\"; ok'\r\n"
                + "NA;'false';'1969-12-31';'1969-12-31T23:59:58.500Z';NaN;NA\r\n");
    }

    @Test
    void quoteAllWithABackslashEscape() throws IOException {
        assertThat(write(CsvSink.at("c.csv").with("quote-mode", "all").with("escape", "\\"))).isEqualTo(
                "\"id\",\"ok\",\"day\",\"at\",\"x\",\"s\"\n"
                + "\"7\",\"true\",\"2001-02-28\",\"1970-01-01T00:00:01Z\",\"0.5\",\"say \\\"hi\\\"; ok\"\n"
                + ",\"false\",\"1969-12-31\",\"1969-12-31T23:59:58.500Z\",\"NaN\",\n");
    }

    @Test
    void anOddDelimiterThatAppearsInADateQuotesIt() throws IOException {
        assertThat(write(CsvSink.at("d.csv").with("delimiter", "-")).split("\n")[1])
                .isEqualTo("7-true-\"2001-02-28\"-\"1970-01-01T00:00:01Z\"-0.5-\"say \"\"hi\"\"; ok\"");
    }

    @Test
    void anotherEncodingIsWrittenAndTextItCannotHoldFailsTheWrite() throws IOException {
        Config latin = CsvSink.at("e.csv").with("encoding", "ISO-8859-1");
        Problems problems = new Problems();
        ConfigReader reader = new ConfigReader(latin.atPath("sink"), problems, dir);
        Sink sink = new CsvSinkFactory().create(reader);
        SinkSession session = sink.begin();
        try (PartWriter part = session.part(0)) {
            part.write(Table.of(1, List.of(Column.ofStrings("s", new String[] {"Zoë"}, Map.of()))));
        }
        session.commit();
        assertThat(Files.readAllBytes(dir.resolve("e.csv"))).containsExactly('s', '\n', 'Z', 'o', 0xeb, '\n');

        SinkSession bad = sink.begin();
        assertThatThrownBy(() -> {
            try (PartWriter part = bad.part(0)) {
                part.write(Table.of(1, List.of(Column.ofStrings("s", new String[] {"ʤ"}, Map.of()))));
            }
        }).hasMessageContaining("holds text that ISO-8859-1 cannot encode; write it with encoding: UTF-8");
        bad.abort();

        SinkSession badHeader = sink.begin();
        try (PartWriter part = badHeader.part(0)) {
            part.write(Table.of(1, List.of(Column.ofStrings("ʤ", new String[] {"a"}, Map.of()))));
        }
        assertThatThrownBy(badHeader::commit).hasMessageEndingWith("e.csv: the header holds text that ISO-8859-1"
                + " cannot encode; write it with encoding: UTF-8");
        badHeader.abort();
        assertThat(Files.readAllBytes(dir.resolve("e.csv"))).containsExactly('s', '\n', 'Z', 'o', 0xeb, '\n');
    }

    @Test
    void badDialectSettingsAreReportedTogether() {
        Problems problems = new Problems();
        ConfigReader reader = new ConfigReader(CsvSink.at("f.csv").with("quote", "ab").with("quote-mode", "some")
                .with("record-separator", "cr").with("encoding", "klingon").atPath("sink"), problems, dir);
        new CsvSinkFactory().create(reader);
        assertThat(problems.list()).extracting(p -> p.path()).contains("sink.quote", "sink.quote-mode",
                "sink.record-separator", "sink.encoding");
    }
}
