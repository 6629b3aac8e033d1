package io.sluice.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.config.Config;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cases of the csv-spectrum suite (github.com/max-mapper/csv-spectrum, MIT), written again by hand as
 * fixtures in src/test/resources/csv-spectrum, plus byte order marks, a header alone, an empty file and a last
 * line without line break. Expected values are the suite's, typed by hand.
 */
class CsvSpectrumTest {
    private static final Path FIXTURES = Path.of("src/test/resources/csv-spectrum");

    @TempDir
    Path temp;

    private static List<List<String>> read(String name) throws IOException {
        return SourceReading.rows(FIXTURES, CsvSource.at(name));
    }

    private static List<String> row(String... values) {
        return Arrays.asList(values);
    }

    private static List<String> columns(String name) throws IOException {
        try (Source s = SourceReading.source(FIXTURES, CsvSource.at(name))) {
            return s.describe().variables().stream().map(VariableInfo::name).toList();
        }
    }

    @Test
    void aDelimiterInsideQuotesIsTextAndAZipCodeKeepsItsLeadingZero() throws IOException {
        assertThat(columns("comma_in_quotes.csv")).containsExactly("first", "last", "address", "city", "zip");
        assertThat(read("comma_in_quotes.csv")).containsExactly(
                row("John", "Doe", "120 any st.", "Anytown, WW", "08123"));
    }

    @Test
    void anEmptyFieldIsMissingAndAQuotedEmptyFieldIsEmptyText() throws IOException {
        Config strings = Config.empty("types").with("b", "string").with("c", "string");
        assertThat(SourceReading.rows(FIXTURES, CsvSource.at("empty.csv").with("types", strings)))
                .containsExactly(row("1", "", ""), row("2", "3", "4"));
        assertThat(SourceReading.rows(FIXTURES, CsvSource.at("empty_unquoted.csv").with("types", strings)))
                .containsExactly(row("1", null, null), row("2", "3", "4"));
        assertThat(SourceReading.rows(FIXTURES, CsvSource.at("empty_crlf.csv").with("types", strings)))
                .containsExactly(row("1", "", ""), row("2", "3", "4"));
    }

    @Test
    void anyEmptyFieldOfANumberColumnIsMissing() throws IOException {
        assertThat(read("empty.csv")).containsExactly(row("1", null, null), row("2", "3", "4"));
    }

    @Test
    void doubledQuotesInsideQuotesAreOneQuote() throws IOException {
        assertThat(read("escaped_quotes.csv")).containsExactly(row("1", "ha \"ha\" ha"), row("3", "4"));
        assertThat(read("json.csv")).containsExactly(row("1", "{\"type\": \"Point\", \"coordinates\": [102.0, 0.5]}"));
    }

    @Test
    void lineBreaksInsideQuotesStayInTheField() throws IOException {
        assertThat(read("newlines.csv")).containsExactly(row("1", "2", "3"), row("Once upon \na time", "5", "6"),
                row("7", "8", "9"));
        assertThat(read("newlines_crlf.csv")).containsExactly(row("1", "2", "3"),
                row("Once upon \r\na time", "5", "6"), row("7", "8", "9"));
        assertThat(read("quotes_and_newlines.csv")).containsExactly(row("1", "ha \n\"ha\" \nha"), row("3", "4"));
    }

    @Test
    void crlfAndLfFilesGiveTheSameRows() throws IOException {
        assertThat(read("simple.csv")).containsExactly(row("1", "2", "3"));
        assertThat(read("simple_crlf.csv")).isEqualTo(read("simple.csv"));
    }

    @Test
    void multiByteUtf8IsReadWhole() throws IOException {
        assertThat(read("utf8.csv")).containsExactly(row("1", "2", "3"), row("4", "5", "ʤ"));
    }

    @Test
    void aUtf8ByteOrderMarkIsSkipped() throws IOException {
        Path file = temp.resolve("bom.csv");
        Files.write(file, concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                "id,name\n1,Zoë\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(columnsOf(file)).containsExactly("id", "name");
        assertThat(SourceReading.rows(temp, CsvSource.at("bom.csv"))).containsExactly(row("1", "Zoë"));
    }

    @Test
    void aUtf16ByteOrderMarkDecidesTheEncoding() throws IOException {
        Path le = temp.resolve("le.csv");
        Files.write(le, concat(new byte[] {(byte) 0xff, (byte) 0xfe},
                "id,name\r\n1,Zoë\r\n2,\"a,b\"\r\n".getBytes(StandardCharsets.UTF_16LE)));
        Path be = temp.resolve("be.csv");
        Files.write(be, concat(new byte[] {(byte) 0xfe, (byte) 0xff},
                "id,name\n1,Zoë\n2,\"a,b\"".getBytes(StandardCharsets.UTF_16BE)));
        assertThat(SourceReading.rows(temp, CsvSource.at("le.csv"))).containsExactly(row("1", "Zoë"), row("2", "a,b"));
        assertThat(SourceReading.rows(temp, CsvSource.at("be.csv"))).containsExactly(row("1", "Zoë"), row("2", "a,b"));
    }

    @Test
    void aHeaderAloneGivesColumnsAndNoRows() throws IOException {
        Files.writeString(temp.resolve("header.csv"), "a,b\n");
        Source s = SourceReading.source(temp, CsvSource.at("header.csv"));
        SourceDescription d = s.describe();
        assertThat(d.variables()).extracting(VariableInfo::name).containsExactly("a", "b");
        assertThat(d.variables()).extracting(VariableInfo::valueType).containsOnly(ColumnType.STRING);
        assertThat(SourceReading.rows(s, 1 << 20)).isEmpty();
    }

    @Test
    void aLastLineWithoutLineBreakIsARow() throws IOException {
        Files.writeString(temp.resolve("open.csv"), "a,b\n1,2\n3,4");
        assertThat(SourceReading.rows(temp, CsvSource.at("open.csv"))).containsExactly(row("1", "2"), row("3", "4"));
    }

    @Test
    void anEmptyFileIsOneClearError() throws IOException {
        Files.writeString(temp.resolve("empty.csv"), "");
        assertThatThrownBy(() -> SourceReading.rows(temp, CsvSource.at("empty.csv")))
                .isInstanceOf(CsvInputException.class)
                .hasMessage("empty.csv: is empty; expected a header line with the column names");
    }

    private List<String> columnsOf(Path file) throws IOException {
        try (Source s = SourceReading.source(file.getParent(), CsvSource.at(file.getFileName().toString()))) {
            return s.describe().variables().stream().map(VariableInfo::name).toList();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
