package io.sluice.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTextTest {
    private final CsvText comma = new CsvText(',', "");

    private static String field(CsvText text, String value) {
        StringBuilder out = new StringBuilder();
        text.append(out, value);
        return out.toString();
    }

    @Test
    void plainTextIsWrittenAsItIs() {
        assertThat(field(comma, "DJF")).isEqualTo("DJF");
        assertThat(field(comma, "2001-12-01T06:00:00")).isEqualTo("2001-12-01T06:00:00");
        assertThat(field(comma, "São Paulo")).isEqualTo("São Paulo");
        assertThat(field(comma, "#1 'single' quotes")).isEqualTo("#1 'single' quotes");
    }

    @Test
    void textHoldingTheDelimiterAQuoteOrALineBreakIsQuoted() {
        assertThat(field(comma, "a,b")).isEqualTo("\"a,b\"");
        assertThat(field(comma, "say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(field(comma, "\"")).isEqualTo("\"\"\"\"");
        assertThat(field(comma, "two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(field(comma, "cr\r")).isEqualTo("\"cr\r\"");
        assertThat(field(new CsvText('\t', ""), "a,b")).isEqualTo("a,b");
        assertThat(field(new CsvText('\t', ""), "a\tb")).isEqualTo("\"a\tb\"");
    }

    @Test
    void leadingOrTrailingSpaceIsQuotedSoReadersThatTrimKeepIt() {
        assertThat(field(comma, " x")).isEqualTo("\" x\"");
        assertThat(field(comma, "x ")).isEqualTo("\"x \"");
        assertThat(field(comma, "\tx")).isEqualTo("\"\tx\"");
        assertThat(field(comma, "a b")).isEqualTo("a b");
    }

    @Test
    void textThatLooksLikeAMissingValueIsQuoted() {
        assertThat(field(comma, "")).isEqualTo("\"\"");
        assertThat(field(new CsvText(',', "NA"), "NA")).isEqualTo("\"NA\"");
        assertThat(field(new CsvText(',', "NA"), "")).isEqualTo("");
        assertThat(field(new CsvText(',', "NA"), "NAN")).isEqualTo("NAN");
    }

    @Test
    void anIndependentParserReadsEveryFieldBack() throws IOException {
        List<String> fields = List.of("plain", "a,b", "say \"hi\"", "two\r\nlines", " padded ", "", "x\"", "é,ü");
        StringBuilder out = new StringBuilder();
        comma.appendLine(out, fields);
        comma.appendLine(out, List.of("1", "2", "3", "4", "5", "6", "7", "8"));

        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(false).get()
                .parse(new StringReader(out.toString()))) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(2);
            assertThat(records.get(0).toList()).isEqualTo(fields);
        }
    }
}
