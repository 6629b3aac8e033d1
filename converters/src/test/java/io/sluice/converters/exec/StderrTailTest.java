package io.sluice.converters.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last lines of a program's error output, however long it is. */
class StderrTailTest {
    @TempDir
    Path dir;

    @Test
    void theLastNonBlankLinesAreJoinedWithoutColours() throws IOException {
        Path file = Files.writeString(dir.resolve("e.txt"), "one\n\n\u001b[31mtwo\u001b[0m\nthree\n");
        assertThat(StderrTail.of(file, 2)).isEqualTo("two | three");
    }

    @Test
    void aLongOutputIsReadFromItsFirstWholeLineWithinTheLast64KiB() throws IOException {
        // 'é' is two bytes in UTF-8: 40,000 of them (80,000 bytes) put the 64 KiB cut inside a character
        String text = "é".repeat(40_000) + "\nlast line é\n";
        Path file = Files.write(dir.resolve("e.txt"), text.getBytes(StandardCharsets.UTF_8));
        assertThat(StderrTail.of(file, 5)).isEqualTo("last line é");
    }

    @Test
    void aMissingOrEmptyFileGivesNothing() throws IOException {
        assertThat(StderrTail.of(dir.resolve("none.txt"), 5)).isEmpty();
        assertThat(StderrTail.of(Files.createFile(dir.resolve("empty.txt")), 5)).isEmpty();
    }
}
