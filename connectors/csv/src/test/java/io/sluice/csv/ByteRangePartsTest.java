package io.sluice.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.config.Config;
import io.sluice.core.spi.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: however a file is cut into byte-range parts, the rows read are the rows written. Random tables of
 * text full of delimiters, quotes, CR, LF and CRLF inside quoted fields, written with LF or CRLF records, blank
 * lines, comment lines, a byte order mark or not, and with or without a last line break, are read with random
 * part sizes from 1 byte up, and compared with the rows the generator wrote (and with one part).
 */
class ByteRangePartsTest {
    private static final String ALPHABET = "ab,\"\n\r é;#\\x1";

    @TempDir
    Path temp;

    @RepeatedTest(60)
    void randomFilesReadTheSameInAnyPartSizes(RepetitionInfo info) throws IOException {
        Random random = new Random(1000 + info.getCurrentRepetition());
        boolean comments = random.nextBoolean();
        boolean escape = random.nextInt(3) == 0;
        boolean trim = random.nextInt(3) == 0;
        List<List<String>> rows = randomRows(random, 1 + random.nextInt(4), random.nextInt(40));
        Path file = temp.resolve("r.csv");
        Files.write(file, write(random, rows, comments, escape, trim));
        Config base = CsvSource.at("r.csv").with("types", allStrings(rows.get(0).size()));
        if (comments) {
            base = base.with("comment", "#");
        }
        if (escape) {
            base = base.with("escape", "\\");
        }
        if (trim) {
            base = base.with("trim", true);
        }
        List<List<String>> expected = rows.subList(1, rows.size());
        assertThat(SourceReading.rows(temp, base.with("part-size", 1L << 30))).isEqualTo(expected);
        for (int k = 0; k < 5; k++) {
            long partSize = 1 + random.nextInt(k < 2 ? 8 : 200);
            try (Source s = SourceReading.source(temp, base.with("part-size", partSize))) {
                assertThat(SourceReading.rows(s, 1 + random.nextInt(2000)))
                        .as("part size %d of %s", partSize, Files.readString(file)).isEqualTo(expected);
            }
        }
    }

    @Test
    void smallPartsReallyCutTheFile() throws IOException {
        Files.writeString(temp.resolve("q.csv"), "a,b\n1,\"x\ny\"\n2,z\r\n3,\"\"\"\"\n4,w\n");
        try (Source s = SourceReading.source(temp, CsvSource.at("q.csv").with("part-size", 3L))) {
            assertThat(s.describe().parts()).hasSizeGreaterThan(3);
            assertThat(SourceReading.rows(s, 1)).containsExactly(row("1", "x\ny"), row("2", "z"), row("3", "\""),
                    row("4", "w"));
        }
    }

    private static List<String> row(String... values) {
        return Arrays.asList(values);
    }

    private static Config allStrings(int columns) {
        Config types = Config.empty("types");
        for (int c = 0; c < columns; c++) {
            types = types.with("c" + c, "string");
        }
        return types;
    }

    private static List<List<String>> randomRows(Random random, int columns, int rows) {
        List<List<String>> all = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            header.add("c" + c);
        }
        all.add(header);
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                StringBuilder v = new StringBuilder();
                for (int n = random.nextInt(6); n > 0; n--) {
                    v.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                row.add(v.toString());
            }
            all.add(row);
        }
        return all;
    }

    /**
     * Every field quoted (inner quotes doubled, escapes escaped) unless it is plain; with {@code trim}, spaces
     * and tabs around fields, outside the quotes.
     */
    private static byte[] write(Random random, List<List<String>> rows, boolean comments, boolean escape,
                                boolean trim) {
        StringBuilder out = new StringBuilder();
        String eol = random.nextBoolean() ? "\n" : "\r\n";
        for (int r = 0; r < rows.size(); r++) {
            if (r > 0 && random.nextInt(8) == 0) {
                out.append(eol);
            }
            if (comments && r > 0 && random.nextInt(8) == 0) {
                out.append("# a \"comment, with a quote").append(eol);
            }
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    out.append(',');
                }
                String v = row.get(c);
                String pad = trim && random.nextBoolean() ? (random.nextBoolean() ? " " : " \t ") : "";
                out.append(pad);
                boolean plain = !v.isEmpty() && v.chars().allMatch(ch -> "ab é;x1".indexOf(ch) >= 0)
                        && v.charAt(0) != ' ' && v.charAt(v.length() - 1) != ' ' && random.nextBoolean();
                if (plain) {
                    out.append(v);
                } else {
                    String inner = escape ? v.replace("\\", "\\\\") : v;
                    out.append('"').append(inner.replace("\"", "\"\"")).append('"');
                }
                out.append(pad);
            }
            if (r < rows.size() - 1 || random.nextBoolean()) {
                out.append(eol);
            }
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(4) == 0) {
            byte[] withBom = new byte[text.length + 3];
            withBom[0] = (byte) 0xef;
            withBom[1] = (byte) 0xbb;
            withBom[2] = (byte) 0xbf;
            System.arraycopy(text, 0, withBom, 3, text.length);
            return withBom;
        }
        return text;
    }
}
