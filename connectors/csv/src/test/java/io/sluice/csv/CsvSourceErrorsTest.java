package io.sluice.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.config.Config;
import io.sluice.core.config.PipelineInvalidException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives one line naming the file, the line and what was expected; the input is left as it was. */
class CsvSourceErrorsTest {
    @TempDir
    Path temp;

    private void write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void aRaggedRowSaysItsLineAndHowManyFieldsItHas() throws IOException {
        write("obs.csv", "a,b,c\n1,2,3\n\"x\ny\",2,3\n4,5\n");
        assertThatThrownBy(() -> SourceReading.rows(temp, CsvSource.at("obs.csv").with("part-size", 4L)))
                .isInstanceOf(CsvInputException.class)
                .hasMessage("obs.csv:5: 2 fields, but the header has 3 columns (a, b, c); every row must have as many"
                        + " fields as the header");
    }

    @Test
    void aValueThatDoesNotFitItsColumnNamesLineColumnTypeAndText() throws IOException {
        StringBuilder text = new StringBuilder("station,t\n");
        for (int i = 0; i < 30; i++) {
            text.append("s").append(i).append(',').append(i).append(".5\n");
        }
        text.append("s30,n/a\n");
        write("obs.csv", text.toString());
        assertThatThrownBy(() -> SourceReading.rows(temp, CsvSource.at("obs.csv").with("infer-rows", 10L)))
                .isInstanceOf(CsvInputException.class)
                .hasMessage("obs.csv:32 column 't': 'n/a' is not a DOUBLE (as guessed from the first rows); declare"
                        + " it with types: {t: string} or add 'n/a' to null");
        assertThat(SourceReading.rows(temp, CsvSource.at("obs.csv").with("null", "n/a")).get(30))
                .containsExactly("s30", null);
    }

    @Test
    void aDeclaredTypeIsSaidToBeDeclared() throws IOException {
        write("d.csv", "id,day\n1,2001-02-28\n2,2001-02-29\n");
        assertThatThrownBy(() -> SourceReading.rows(temp, CsvSource.at("d.csv")
                .with("types", Config.empty("types").with("day", "date"))))
                .hasMessage("d.csv:3 column 'day': '2001-02-29' is not a DATE (declared in types); declare it with"
                        + " types: {day: string} or add '2001-02-29' to null");
    }

    @Test
    void anUnterminatedQuoteAtTheEndIsFoundWhenTheSourceIsDescribed() throws IOException {
        write("q.csv", "a,b\n1,2\n3,\"open\n4,5\n");
        assertThatThrownBy(() -> SourceReading.source(temp, CsvSource.at("q.csv")).describe())
                .isInstanceOf(CsvInputException.class)
                .hasMessage("q.csv:3: a quoted field that starts on this line is not closed before the end of the"
                        + " file; expected a closing \"");
    }

    @Test
    void invalidUtf8SaysTheLineAndByte() throws IOException {
        byte[] head = "a,b\n1,ok\n2,".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xc3, (byte) 0x28, '\n'};
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Files.write(temp.resolve("u.csv"), all);
        assertThatThrownBy(() -> SourceReading.rows(temp, CsvSource.at("u.csv")))
                .isInstanceOf(CsvInputException.class)
                .hasMessage("u.csv:3: byte 11 (0xC3) is not valid UTF-8; set encoding: to the file's encoding, such as"
                        + " ISO-8859-1 or windows-1252");
        assertThat(SourceReading.rows(temp, CsvSource.at("u.csv").with("encoding", "ISO-8859-1")).get(1))
                .containsExactly("2", "Ã(");
    }

    @Test
    void filesOfADirectoryMustShareTheirHeader() throws IOException {
        write("d/a.csv", "id,t\n1,2\n");
        write("d/b.csv", "id,t\n3,4\n");
        write("d/c.csv", "id,temp\n5,6\n");
        assertThatThrownBy(() -> SourceReading.rows(temp, CsvSource.at("d")))
                .isInstanceOf(CsvInputException.class)
                .hasMessage("d/c.csv:1: header [id, temp] differs from d/a.csv's [id, t]; every file of a source must"
                        + " have the same columns");
    }

    @Test
    void aTypeForAColumnThatDoesNotExistIsASettingsProblem() throws IOException {
        write("a.csv", "id,t\n1,2\n");
        assertThatThrownBy(() -> SourceReading.source(temp, CsvSource.at("a.csv")
                .with("types", Config.empty("types").with("temp", "double"))).describe())
                .isInstanceOf(PipelineInvalidException.class)
                .hasMessageContaining("source.types: no column named temp; the columns are id, t");
    }

    @Test
    void aPathThatMatchesNothingSaysSo() {
        assertThatThrownBy(() -> SourceReading.rows(temp, CsvSource.at("none/*.csv")))
                .hasMessageContaining("none/*.csv: matches no file");
        assertThatThrownBy(() -> SourceReading.rows(temp, CsvSource.at("missing.csv")))
                .hasMessage("missing.csv: does not exist");
    }

    @Test
    void theInputIsNeverModified() throws IOException {
        write("obs.csv", "a,b\n1,2\n3\n");
        byte[] before = Files.readAllBytes(temp.resolve("obs.csv"));
        assertThatThrownBy(() -> SourceReading.rows(temp, CsvSource.at("obs.csv")));
        assertThat(Files.readAllBytes(temp.resolve("obs.csv"))).isEqualTo(before);
    }

    @Test
    void textAfterAClosingQuoteIsOneLocatedLine() throws IOException {
        write("t.csv", "a,b\n1,2\n\"x\"y,3\n");
        assertThatThrownBy(() -> SourceReading.rows(temp, CsvSource.at("t.csv")))
                .isInstanceOf(CsvInputException.class)
                .hasMessage("t.csv:3: not valid CSV: Invalid character between encapsulated token and delimiter");
    }

    @Test
    void anUnterminatedQuoteInAUtf16FileIsFoundByTheParser() throws IOException {
        Files.write(temp.resolve("w.csv"), "a,b\n1,2\n3,\"open\n4,5\n".getBytes(StandardCharsets.UTF_16));
        assertThatThrownBy(() -> SourceReading.rows(temp, CsvSource.at("w.csv")))
                .isInstanceOf(CsvInputException.class)
                .hasMessage("w.csv:3: not valid CSV: a quoted field that starts on this line is not closed before the"
                        + " end of the file");
    }
}
