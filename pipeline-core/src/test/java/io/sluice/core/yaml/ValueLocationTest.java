package io.sluice.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.config.Config;
import io.sluice.core.config.Location;
import io.sluice.core.config.Problems;
import io.sluice.core.model.Pipeline;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where the text of a single-line value starts, so that a problem inside an expression can be located to its
 * column; only when every character of the text stands at its own column.
 */
class ValueLocationTest {

    private static Optional<Location> where(String stage) {
        String yaml = "pipeline: p\nsource: { type: s }\nstages:\n  - " + stage + "\nsink: { type: k }\n";
        Problems problems = new Problems();
        Pipeline p = PipelineYaml.parse(yaml, "p.yaml", Path.of("."), problems);
        assertThat(problems.list()).isEmpty();
        Config c = p.stages().get(0);
        return c.has("where") ? c.valueLocationOf("where")
                : ((Config) c.get("columns")).valueLocationOf("x");
    }

    @Test
    void plainAndQuotedTextStartsAfterAnyOpeningQuote() {
        // "  - { type: f, where: " is 22 characters: the value starts in column 23
        assertThat(where("{ type: f, where: a > 1 }")).contains(Location.of("p.yaml", 4, 23));
        assertThat(where("{ type: f, where: \"a > 1\" }")).contains(Location.of("p.yaml", 4, 24));
        assertThat(where("{ type: f, where: 'a > 1' }")).contains(Location.of("p.yaml", 4, 24));
        assertThat(where("{ type: d, columns: { x: a * 2 } }")).contains(Location.of("p.yaml", 4, 30));
    }

    @Test
    void textWithEscapesOrOnSeveralLinesHasNoColumnOfItsOwn() {
        assertThat(where("{ type: f, where: 'it''s' }")).isEmpty();
        assertThat(where("{ type: f, where: \"a \\\"b\\\"\" }")).isEmpty();
        assertThat(where("type: f\n    where: |\n      a > 1")).isEmpty();
    }
}
