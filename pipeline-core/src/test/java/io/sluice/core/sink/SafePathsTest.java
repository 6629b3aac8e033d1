package io.sluice.core.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SafePathsTest {
    private final Path out = Path.of("/data/out");

    @Test
    void aValueWithSeparatorsOrDotsBecomesOneHarmlessSegment() {
        assertThat(SafePaths.segment("../../etc/passwd")).isEqualTo("..%2F..%2Fetc%2Fpasswd");
        assertThat(SafePaths.segment("..")).isEqualTo("%2E%2E");
        assertThat(SafePaths.segment(".")).isEqualTo("%2E");
        assertThat(SafePaths.segment("")).isEqualTo("%00");
        assertThat(SafePaths.segment("a\\b:c\u0000d\ne%")).isEqualTo("a%5Cb%3Ac%00d%0Ae%25");
        assertThat(SafePaths.segment("DJF-2001 é")).isEqualTo("DJF-2001 é");
    }

    @Test
    void escapedSegmentsAlwaysStayInsideTheDirectory() {
        for (String hostile : new String[] {"..", "../x", "/abs", "a/../../b", "\\..\\x", "", ".", "x\u0000y"}) {
            Path p = SafePaths.inside(out, "season=" + SafePaths.segment(hostile), "part-0.csv");
            assertThat(p.normalize()).startsWithRaw(out).hasParentRaw(out.resolve("season=" + SafePaths.segment(hostile)));
        }
    }

    @Test
    void aSegmentThatIsNotAPlainNameIsRefusedNamingIt() {
        assertThatThrownBy(() -> SafePaths.inside(out, "..", "x.csv")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'..' is not a plain file name; an output path built from data must stay inside /data/out"
                        + " (escape values with SafePaths.segment)");
        assertThatThrownBy(() -> SafePaths.inside(out, "a/b")).hasMessageStartingWith("'a/b' is not a plain file name");
        assertThatThrownBy(() -> SafePaths.inside(out, "a\u0000")).hasMessageStartingWith("'a\\x00' is not a plain");
        assertThatThrownBy(() -> SafePaths.inside(out)).hasMessage("/data/out is outside the output directory /data/out");
    }

    @Test
    void besideNamesAHiddenSiblingOfTheTarget() {
        assertThat(SafePaths.beside(Path.of("/data/out/tas.csv"), ".sluice-staging"))
                .isEqualTo(Path.of("/data/out/.tas.csv.sluice-staging"));
    }
}
