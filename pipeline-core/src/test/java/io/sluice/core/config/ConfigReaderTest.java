package io.sluice.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigReaderTest {
    private final Location at = Location.of("p.yaml", 3, 9);

    private Config config() {
        return Config.empty("source", at).with("type", "netcdf", at).with("path", "data/x.nc", Location.of("p.yaml", 3, 25))
                .with("varibles", List.of("tas"), Location.of("p.yaml", 3, 42)).with("drop", "yes", at)
                .with("size", 1.5, at);
    }

    @Test
    void everyWrongSettingIsReportedWithItsLocation() {
        Problems problems = new Problems();
        ConfigReader r = new ConfigReader(config(), problems, Path.of("/base"));
        assertThat(r.file("path")).isEqualTo(Path.of("/base/data/x.nc"));
        r.strings("variables", List.of());
        r.bool("drop", false);
        r.integer("size", 1, 1, 10);
        r.requiredString("name");
        r.finish();
        assertThat(problems.list()).extracting(Problem::toString).containsExactlyInAnyOrder(
                "p.yaml:3:9 source.drop: expected true or false, got 'yes'",
                "p.yaml:3:9 source.size: expected a whole number, got 1.5",
                "p.yaml:3:9 source.name: is required",
                "p.yaml:3:42 source.varibles: unknown key; expected one of type, path, variables, drop, size, name."
                        + " Did you mean 'variables'?");
    }

    @Test
    void durationsAreWholeNumbersWithAUnit() {
        Problems problems = new Problems();
        Config c = Config.ofType("exec").with("timeout", "90s").with("wait", "2 days", at);
        ConfigReader r = new ConfigReader(c, problems, Path.of(""));
        assertThat(r.duration("timeout", Duration.ZERO)).isEqualTo(Duration.ofSeconds(90));
        assertThat(r.duration("absent", Duration.ofHours(1))).isEqualTo(Duration.ofHours(1));
        assertThat(r.duration("wait", Duration.ZERO)).isEqualTo(Duration.ZERO);
        assertThat(problems.list()).extracting(Problem::toString).containsExactly("p.yaml:3:9 wait: '2 days' is not"
                + " a duration; expected a whole number with ms, s, m or h, such as 200ms, 10s or 5m");
    }

    @Test
    void aNestedMappingIsReadWithTheSameEnvironmentAndProblems() {
        Problems problems = new Problems();
        Config env = Config.empty("stages[0].env", at).with("HOME_COPY", "${env:HOME}", at)
                .with("UNSET", "${env:NOT_SET}", Location.of("p.yaml", 4, 12));
        Config c = Config.ofType("exec").atPath("stages[0]").with("env", env);
        ConfigReader r = new ConfigReader(c, problems, Path.of(""), Map.of("HOME", "/home/a"));
        ConfigReader nested = r.nested(r.mapping("env"));
        assertThat(nested.string("HOME_COPY", null)).isEqualTo("/home/a");
        assertThat(nested.string("UNSET", null)).isNull();
        nested.finish();
        r.finish();
        assertThat(problems.list()).extracting(Problem::toString).containsExactly("p.yaml:4:12 stages[0].env.UNSET:"
                + " environment variable NOT_SET is not set (used as ${env:NOT_SET}); set it or write the value");
    }

    @Test
    void aSingleNameCountsAsAListOfOne() {
        Config c = Config.ofType("netcdf").with("variables", "tas");
        assertThat(new ConfigReader(c, new Problems(), Path.of("")).strings("variables", List.of()))
                .containsExactly("tas");
    }

    @Test
    void configsBuiltInJavaEqualConfigsReadFromFilesWithTheSameValues() {
        Config fromFile = Config.empty("source", at).with("type", "netcdf", at).with("variables", List.of("tas"), at);
        Config fromJava = Config.ofType("netcdf").with("variables", List.of("tas")).atPath("source");
        assertThat(fromJava).isEqualTo(fromFile);
        assertThat(fromJava.hashCode()).isEqualTo(fromFile.hashCode());
    }

    @Test
    void choicesNameTheAllowedValues() {
        Problems problems = new Problems();
        Config c = Config.ofType("x").with("mode", "fial").atPath("sink");
        String v = new ConfigReader(c, problems, Path.of("")).choice("mode", "fail", List.of("fail", "skip"));
        assertThat(v).isEqualTo("fail");
        assertThat(problems.list().get(0).message()).isEqualTo("'fial' is not one of fail, skip. Did you mean 'fail'?");
    }

    @Test
    void aMappingIsReadAsANestedConfigAndAnythingElseIsAProblem() {
        Problems problems = new Problems();
        Config c = Config.ofType("csv").with("types", Config.empty("types").with("t", "double"))
                .with("other", "x").atPath("source");
        ConfigReader r = new ConfigReader(c, problems, Path.of(""));
        assertThat(r.mapping("types").get("t")).isEqualTo("double");
        assertThat(r.mapping("other")).isNull();
        assertThat(r.mapping("absent")).isNull();
        r.finish();
        assertThat(problems.list()).extracting(Problem::toString).containsExactly(
                "java dsl: source.other: expected a mapping (name: value, ...), got 'x'");
    }
}
