package io.sluice.netcdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.config.Config;
import io.sluice.core.config.ConfigReader;
import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.config.Problem;
import io.sluice.core.config.Problems;
import io.sluice.core.spi.Plugins;
import io.sluice.core.spi.SourceFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetcdfSourceFactoryTest {
    @TempDir
    Path dir;

    @Test
    void theFactoryIsFoundByItsTypeId() {
        assertThat(Plugins.installed().find(SourceFactory.class, "netcdf"))
                .get().isInstanceOf(NetcdfSourceFactory.class);
    }

    @Test
    void canReadJudgesByExtensionOrByTheFirstBytes() throws IOException {
        SourceFactory f = new NetcdfSourceFactory();
        for (String name : List.of("a.nc", "a.NC", "a.nc3", "a.nc4", "a.cdf", "a.netcdf")) {
            assertThat(f.canRead(dir.resolve(name))).as(name).isTrue();
        }
        assertThat(f.canRead(Files.write(dir.resolve("classic"), new byte[] {'C', 'D', 'F', 1, 0}))).isTrue();
        assertThat(f.canRead(Files.write(dir.resolve("offset"), new byte[] {'C', 'D', 'F', 2}))).isTrue();
        assertThat(f.canRead(Files.write(dir.resolve("cdf5"), new byte[] {'C', 'D', 'F', 5}))).isTrue();
        assertThat(f.canRead(Files.write(dir.resolve("hdf"), new byte[] {(byte) 0x89, 'H', 'D', 'F', 13}))).isTrue();
        assertThat(f.canRead(Files.writeString(dir.resolve("a.csv"), "CDF,1\n"))).isFalse();
        assertThat(f.canRead(Files.write(dir.resolve("short"), new byte[] {'C', 'D'}))).isFalse();
        assertThat(f.canRead(dir.resolve("missing.txt"))).isFalse();
    }

    @Test
    void theDslBuildsTheSameSettingsAsYaml() {
        assertThat(NetcdfSource.at("data/tas.nc", "tas", "pr")).isEqualTo(Config.ofType("netcdf")
                .with("path", "data/tas.nc").with("variables", List.of("tas", "pr")));
        assertThat(NetcdfSource.at("data/tas.nc").has("variables")).isFalse();
        assertThat(NetcdfSource.at("w.cdf", List.of("UWND"), "TIME").get("time")).isEqualTo("TIME");
    }

    @Test
    void thePathIsResolvedAgainstThePipelineFolderAndKeptAsWrittenForMessages() {
        NetcdfFileSource s = TestSources.create(NetcdfSource.at("data/tas.nc"), dir);
        assertThatThrownBy(s::describe).isInstanceOf(PipelineInvalidException.class)
                .hasMessage("java dsl: source.path: data/tas.nc: no such file");
    }

    @Test
    void settingProblemsAreCollectedWithTheirPaths() {
        Problems problems = new Problems();
        Config c = Config.ofType("netcdf").with("variables", List.of("tas", "tas")).with("time", " ")
                .with("varibles", "x").atPath("source");
        ConfigReader reader = new ConfigReader(c, problems, dir);
        assertThat(new NetcdfSourceFactory().create(reader)).isNull();
        reader.finish();
        assertThat(problems.list()).extracting(Problem::toString).containsExactlyInAnyOrder(
                "java dsl: source.path: is required",
                "java dsl: source.variables[1]: 'tas' is listed twice",
                "java dsl: source.time: is empty; name the time variable or leave the setting out",
                "java dsl: source.varibles: unknown key; expected one of type, path, variables, time."
                        + " Did you mean 'variables'?");
    }

    @Test
    void anEmptyVariableListIsAProblem() {
        Problems problems = new Problems();
        ConfigReader reader = new ConfigReader(NetcdfSource.at("a.nc").with("variables", List.of()), problems, dir);
        new NetcdfSourceFactory().create(reader);
        assertThat(problems.list()).singleElement().extracting(Problem::message).asString()
                .startsWith("is empty; list the variables to read");
    }
}
