package io.sluice.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentTextTest {
    private final Map<String, String> env = Map.of("DATA", "/srv/data", "RUN", "42");

    private ConfigReader reader(Config config, Problems problems) {
        return new ConfigReader(config.atPath("source"), problems, Path.of("/base"), env);
    }

    @Test
    void onlyTheExplicitEnvSyntaxIsExpanded() {
        Problems problems = new Problems();
        ConfigReader r = reader(Config.ofType("x").with("path", "${env:DATA}/tas_${env:RUN}.nc")
                .with("note", "$HOME ${HOME} $${env:DATA}").with("names", List.of("${env:RUN}", "b")), problems);
        assertThat(r.file("path")).isEqualTo(Path.of("/srv/data/tas_42.nc"));
        assertThat(r.string("note", null)).isEqualTo("$HOME ${HOME} ${env:DATA}");
        assertThat(r.strings("names", List.of())).containsExactly("42", "b");
        r.finish();
        assertThat(problems.list()).isEmpty();
    }

    @Test
    void anUnsetOrMalformedVariableIsALocatedProblem() {
        Problems problems = new Problems();
        ConfigReader r = reader(Config.ofType("x").with("path", "${env:NOPE}/a.nc").with("other", "${env:1-x}"),
                problems);
        assertThat(r.file("path")).isNull();
        assertThat(r.string("other", "default")).isEqualTo("default");
        assertThat(problems.list()).extracting(Problem::toString).containsExactly(
                "java dsl: source.path: environment variable NOPE is not set (used as ${env:NOPE}); set it or write"
                        + " the value",
                "java dsl: source.other: '${env:1-x}' does not name an environment variable; expected ${env:NAME}"
                        + " with letters, digits and _");
    }
}
