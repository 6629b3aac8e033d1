package io.sluice.converters.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.converters.fixtures.Grids;
import io.sluice.converters.fixtures.TimeAxes;
import io.sluice.converters.table.Runs;
import io.sluice.core.fake.FakeGridSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in an exec stage's settings are found by validation, located, before any data is read. */
class ExecSettingsTest {

    @BeforeAll
    static void grid() {
        var time = TimeAxes.daily("1981-12-01", "1982-03-31");
        FakeGridSource.put("winter", Grids.description(time, 1, "tas"), Map.of("tas", new double[time.size()]));
    }

    private static String pipeline(String... stages) {
        StringBuilder sb = new StringBuilder("pipeline: e\nsource: { type: fake-grid, name: winter }\n"
                + "split: { type: season }\nstages:\n");
        for (String s : stages) {
            sb.append("  - ").append(s).append('\n');
        }
        return sb.append("sink: { type: memory, name: e }\n").toString();
    }

    @Test
    void aWellFormedCommandValidates() throws IOException {
        assertThat(Runs.problems(pipeline("{ type: exec, command: [cdo, -s, timmean, \"{input}\","
                + " \"{output}_{season}{year}{chunk}\"], timeout: 30s, env: { A: b }, retry-exit-codes: [75] }")))
                .isEmpty();
    }

    @Test
    void anUnknownPlaceholderIsLocatedWithTheKnownOnesAndADidYouMean() throws IOException {
        assertThat(Runs.problems(pipeline("{ type: exec, command: [cdo, \"{seasn}\", \"{input}\", \"{output}\"] }")))
                .containsExactly("p.yaml:5:34 stages[0].command[1]: unknown placeholder {seasn}; expected one of"
                        + " {chunk}, {input}, {output}, {season}, {year} (the labels come from the split). Did you mean"
                        + " 'season'?");
    }

    @Test
    void anUnquotedPlaceholderIsReadByYamlAsAMappingAndTheMessageSaysToQuoteIt() throws IOException {
        assertThat(Runs.problems(pipeline("{ type: exec, command: [cdo, {input}, \"{output}\"] }")))
                .containsExactly("p.yaml:5:34 stages[0].command[1]: expected a name, got a mapping without values (YAML"
                        + " reads an unquoted {name} as one: write \"{name}\" in quotes)");
    }

    @Test
    void aCommandMustWriteToOutput() throws IOException {
        assertThat(Runs.problems(pipeline("{ type: exec, command: [cdo, timmean, \"{input}\", out.nc] }")))
                .containsExactly("p.yaml:5:19 stages[0].command: does not name \"{output}\", the file the command"
                        + " must write its result to");
    }

    @Test
    void aProgramThatIsNotOnThePathIsNamed() throws IOException {
        assertThat(Runs.problems(pipeline("{ type: exec, command: [no-such-program-x, \"{output}\"] }")))
                .containsExactly("p.yaml:5:29 stages[0].command[0]: program 'no-such-program-x' is not found on the"
                        + " PATH (" + System.getenv("PATH") + "); install it, give its path, or set PATH in env");
    }

    @Test
    void theProgramIsLookedUpOnThePathTheStageSets(@TempDir Path bin) throws IOException {
        Path tool = Files.writeString(bin.resolve("only-here"), "#!/bin/sh\n");
        assertThat(tool.toFile().setExecutable(true)).isTrue();
        assertThat(Runs.problems(pipeline("{ type: exec, command: [only-here, \"{output}\"] }"))).hasSize(1);
        assertThat(Runs.problems(pipeline("{ type: exec, command: [only-here, \"{output}\"], env: { PATH: \"" + bin
                + "\" } }"))).isEmpty();
    }

    @Test
    void aPlaceholderInSingleQuotesOfAShellScriptIsLocated() throws IOException {
        assertThat(Runs.problems(pipeline("{ type: exec, shell: true, command: \"cp {input} '{output}'\" }")))
                .containsExactly("p.yaml:5:32 stages[0].command: argument 0 'cp {input} '{output}'': {output} at"
                        + " character 13 is inside single quotes, where the shell expands nothing; write it unquoted"
                        + " or in double quotes");
    }

    @Test
    void perFileOnASourceThatIsNotSeveralFilesIsLocatedAtValidation() throws IOException {
        // format: csv on a grid is checked where the csv plugin is installed (ExecStageIT)
        assertThat(Runs.problems(pipeline("{ type: exec, per: file, command: [cp, \"{input}\", \"{output}\"] }")))
                .containsExactly("p.yaml:5:19 stages[0].per: file needs a NetCDF grid source of several files (such as"
                        + " path: data/tas_*.nc) and format netcdf; this source is 0 file(s); use per: chunk");
    }

    @Test
    void aShellScriptIsOneTextAndWrongSettingsAreAllReported() throws IOException {
        assertThat(Runs.problems(pipeline("{ type: exec, shell: true, command: [cdo, \"{output}\"], timeout: 5d,"
                + " retry-exit-codes: [0], formt: csv }"))).containsExactly(
                "p.yaml:5:32 stages[0].command: with shell: true is one script, such as \"cdo -s timmean {input}"
                        + " {output} 2>&1 | tee log\"; got 2 arguments",
                "p.yaml:5:60 stages[0].timeout: '5d' is not a duration; expected a whole number with ms, s, m or h,"
                        + " such as 200ms, 10s or 5m",
                "p.yaml:5:92 stages[0].retry-exit-codes[0]: '0' is not an exit code; expected a whole number from 1"
                        + " to 255",
                "p.yaml:5:96 stages[0].formt: unknown key; expected one of type, shell, per, env, inherit-env, command,"
                        + " format, timeout, working-directory, retry-exit-codes. Did you mean 'format'?");
    }

    @Test
    void aWorkingDirectoryResolvesAgainstThePipelinesFolderAndMustExist() throws IOException {
        assertThat(Runs.problems(pipeline("{ type: exec, command: [cdo, \"{output}\"], working-directory:"
                + " no-such-folder }"))).singleElement().asString().startsWith("p.yaml:5:47 stages[0].working-directory: ")
                .endsWith("no-such-folder is not a directory");
        assertThat(Runs.problems(pipeline("{ type: exec, command: [cdo, \"{output}\"], working-directory: src }")))
                .isEmpty();
    }

    @Test
    void anExecStageAfterAStatisticIsRefused() throws IOException {
        assertThat(Runs.problems(pipeline("{ type: mean, over: time }",
                "{ type: exec, command: [cdo, -s, timmean, \"{input}\", \"{output}\"] }")))
                .containsExactly("p.yaml:6:7 stages[1].type: stage 'exec' comes after the stage 'mean' (stages[0]);"
                        + " a stage that works on whole chunks takes the source's data: put it before the statistics"
                        + " and table stages");
    }
}
