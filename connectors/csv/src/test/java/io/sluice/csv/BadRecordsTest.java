package io.sluice.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.sluice.core.badrecord.BadRecord;
import io.sluice.core.config.Config;
import io.sluice.core.spi.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With on-error: skip or quarantine, records that do not fit are passed over and handed to the log with their
 * line, their text as written and the reason on-error: fail gives; the other records are read as usual, whatever
 * the part size. The expected lines, texts and byte offsets below are counted by hand from the file's text.
 */
class BadRecordsTest {
    private static final String REASON_T = " is not a DOUBLE (declared in types); declare it with types: {t: string}"
            + " or add '%s' to null";
    private static final String RAGGED = " fields, but the header has 3 columns (station, t, n); every row must have"
            + " as many fields as the header";

    @TempDir
    Path temp;

    /** Lines: 1 header, 3 bad number, 4 missing field, 5 extra field, 8-9 quoted bad, 10 blank, 12 bad byte. */
    private void writeObs(String breaks) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        String text = "station,t,n\ns1,1.5,1\ns2,n/a,2\ns3,3.5\ns4,4.5,4,extra\n\"s5\nnorth\",5.5,5\n"
                + "\"s6\nsouth\",x6,6\n\ns7,7.5,7\ns8,8.5,";
        b.writeBytes(text.replace("\n", breaks).getBytes(StandardCharsets.UTF_8));
        b.write(0xFF);
        b.writeBytes("\ns9,9.5,9\n".replace("\n", breaks).getBytes(StandardCharsets.UTF_8));
        Files.write(temp.resolve("obs.csv"), b.toByteArray());
    }

    private static Config obs(String onError) {
        return CsvSource.at("obs.csv").with("on-error", onError)
                .with("types", Config.empty("types").with("t", "double").with("n", "long"));
    }

    @Test
    void quarantinedRecordsKeepTheirLineTextAndReasonAndTheOthersAreRead() throws IOException {
        writeObs("\n");
        List<BadRecord> bad = new ArrayList<>();
        List<List<String>> rows = read(obs("quarantine"), 1 << 20, bad);
        assertThat(rows).containsExactly(List.of("s1", "1.5", "1"), List.of("s5\nnorth", "5.5", "5"),
                List.of("s7", "7.5", "7"), List.of("s9", "9.5", "9"));
        assertThat(bad).extracting(BadRecord::line).containsExactly(3L, 4L, 5L, 8L, 12L);
        assertThat(bad).extracting(BadRecord::text).containsExactly("s2,n/a,2", "s3,3.5", "s4,4.5,4,extra",
                "\"s6\nsouth\",x6,6", "s8,8.5,\uFFFD");
        assertThat(bad).extracting(BadRecord::reason).containsExactly(
                "column 't': 'n/a'" + REASON_T.formatted("n/a"), "2" + RAGGED, "4" + RAGGED,
                "column 't': 'x6'" + REASON_T.formatted("x6"),
                "byte 102 (0xFF) is not valid UTF-8; set encoding: to the file's encoding, such as ISO-8859-1 or"
                        + " windows-1252");
        assertThat(bad.get(0).message()).isEqualTo("obs.csv:3 column 't': 'n/a'" + REASON_T.formatted("n/a"));
        assertThat(bad.get(1).message()).isEqualTo("obs.csv:4: 2" + RAGGED);
    }

    @Test
    void everyPartSizeGivesTheSameRowsAndBadRecords() throws IOException {
        for (String breaks : List.of("\n", "\r\n", "\r")) {
            writeObs(breaks);
            List<BadRecord> whole = new ArrayList<>();
            List<List<String>> expected = read(obs("quarantine"), 1 << 20, whole);
            for (long size = 1; size < 40; size++) {
                List<BadRecord> bad = new ArrayList<>();
                assertThat(read(obs("quarantine").with("part-size", size), 64, bad)).as("part-size %d", size)
                        .isEqualTo(expected);
                assertThat(bad).as("part-size %d", size).isEqualTo(whole);
            }
            assertThat(whole).extracting(BadRecord::text).contains("\"s6" + breaks + "south\",x6,6");
        }
    }

    @Test
    void theTextOfARecordAfterSkippedLinesCommentsAndBlankLinesIsTheRecordAlone() throws IOException {
        // line 1 skipped (skip-lines), 2 header, 3 good, 4 comment, 5 blank, 6-7 bad (quoted break), 8 comment,
        // 9 bad, 10 good
        Files.writeString(temp.resolve("c.csv"), "produced by a logger\na;b\n1;2\n# note\n\n\"x\ny\";3\n# more\n"
                + "4;5;6\n7;8\n");
        Config config = CsvSource.at("c.csv").with("delimiter", ";").with("comment", "#").with("skip-lines", 1L)
                .with("on-error", "quarantine").with("types", Config.empty("types").with("a", "long"));
        for (long size = 1; size < 30; size++) {
            List<BadRecord> bad = new ArrayList<>();
            assertThat(read(config.with("part-size", size), 64, bad)).as("part-size %d", size)
                    .containsExactly(List.of("1", "2"), List.of("7", "8"));
            assertThat(bad).as("part-size %d", size).extracting(BadRecord::line, BadRecord::text)
                    .containsExactly(tuple(6L, "\"x\ny\";3"), tuple(9L, "4;5;6"));
        }
    }

    @Test
    void skippingCountsWithoutKeepingTheText() throws IOException {
        writeObs("\n");
        List<BadRecord> bad = new ArrayList<>();
        assertThat(read(obs("skip"), 1 << 20, bad)).hasSize(4);
        assertThat(bad).hasSize(5).allSatisfy(r -> assertThat(r.text()).isNull());
    }

    @Test
    void failStopsAtTheFirstBadRecordAsBefore() throws IOException {
        Files.writeString(temp.resolve("obs.csv"), "station,t,n\ns1,1.5,1\ns2,n/a,2\ns3,x,3\n");
        assertThatThrownBy(() -> read(obs("fail"), 1 << 20, new ArrayList<>()))
                .isInstanceOf(CsvInputException.class)
                .hasMessage("obs.csv:3 column 't': 'n/a'" + REASON_T.formatted("n/a"));
    }

    @Test
    void badRowsInTheFirstRowsDoNotDecideTheTypes() throws IOException {
        Files.writeString(temp.resolve("g.csv"), "a,b\n1,2\n3\n4,5,6\n7,8\n");
        List<BadRecord> bad = new ArrayList<>();
        assertThat(read(CsvSource.at("g.csv").with("on-error", "skip"), 1 << 20, bad))
                .containsExactly(List.of("1", "2"), List.of("7", "8"));
        assertThat(bad).extracting(BadRecord::line).containsExactly(3L, 4L);
    }

    @Test
    void aFileWithoutBadRecordsReadsTheSameInEveryMode() throws IOException {
        Path spectrum = Path.of("src/test/resources/csv-spectrum").toAbsolutePath();
        for (String name : List.of("comma_in_quotes", "escaped_quotes", "json", "newlines_crlf",
                "quotes_and_newlines", "simple", "simple_crlf")) {
            Config config = CsvSource.at(name + ".csv").with("part-size", 7L);
            List<List<String>> failing;
            try (Source source = SourceReading.source(spectrum, config)) {
                failing = SourceReading.rows(source, 64);
            }
            for (String mode : List.of("skip", "quarantine")) {
                List<BadRecord> bad = new ArrayList<>();
                try (Source source = SourceReading.source(spectrum, config.with("on-error", mode))) {
                    assertThat(SourceReading.rows(source, 64, bad::add)).as(name + " " + mode).isEqualTo(failing);
                }
                assertThat(bad).as(name + " " + mode).isEmpty();
            }
        }
    }

    private List<List<String>> read(Config config, long maxBatchBytes, List<BadRecord> bad) throws IOException {
        try (Source source = SourceReading.source(temp, config)) {
            return SourceReading.rows(source, maxBatchBytes, bad::add);
        }
    }
}
