package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The verbosity is read from the arguments as the command parses them, not by looking for the words anywhere. */
class VerbosityTest {

    @Test
    void quietAndDebugAreReadWhereverTheCommandTakesThem() {
        assertThat(Verbosity.of("run", "p.yaml")).isEqualTo(Verbosity.NORMAL);
        assertThat(Verbosity.of("run", "p.yaml", "-q")).isEqualTo(Verbosity.QUIET);
        assertThat(Verbosity.of("convert", "in.nc", "out.csv", "--quiet")).isEqualTo(Verbosity.QUIET);
        assertThat(Verbosity.of("--debug", "run", "p.yaml")).isEqualTo(Verbosity.DEBUG);
        assertThat(Verbosity.of("run", "p.yaml", "--debug")).isEqualTo(Verbosity.DEBUG);
        assertThat(Verbosity.of("run", "p.yaml", "--quiet", "--debug")).isEqualTo(Verbosity.DEBUG);
        assertThat(Verbosity.of("run", "-qp", "2", "p.yaml")).isEqualTo(Verbosity.QUIET);
        assertThat(Verbosity.of("schedule", "pipelines", "-q")).isEqualTo(Verbosity.QUIET);
    }

    @Test
    void aDashQThatIsNotTheOptionChangesNothing() {
        // after --, -q is a pipeline file's name
        assertThat(Verbosity.of("run", "--", "-q")).isEqualTo(Verbosity.NORMAL);
        assertThat(Verbosity.of("inspect", "--", "--debug")).isEqualTo(Verbosity.NORMAL);
        // the value of an option
        assertThat(Verbosity.of("convert", "in.csv", "out.csv", "--filter=-q")).isEqualTo(Verbosity.NORMAL);
        // validate has no --quiet: the command line is wrong, and says so when the command runs
        assertThat(Verbosity.of("validate", "p.yaml", "-q")).isEqualTo(Verbosity.NORMAL);
    }
}
