package io.sluice.core.badrecord;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.config.Config;
import io.sluice.core.config.ConfigReader;
import io.sluice.core.config.Location;
import io.sluice.core.config.Problem;
import io.sluice.core.config.Problems;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** on-error and max-errors are read from a source's settings; wrong ones are problems with their place. */
class BadRecordPolicyTest {
    private final Location at = Location.of("p.yaml", 4, 14);

    private BadRecordPolicy read(Problems problems, Object onError, Object maxErrors) {
        Config c = Config.empty("source", at).with("type", "csv", at);
        if (onError != null) {
            c = c.with("on-error", onError, at);
        }
        if (maxErrors != null) {
            c = c.with("max-errors", maxErrors, at);
        }
        ConfigReader reader = new ConfigReader(c, problems, Path.of(""));
        reader.string("type", null);
        BadRecordPolicy policy = BadRecordPolicy.read(reader);
        reader.finish();
        return policy;
    }

    @Test
    void theDefaultFailsOnTheFirstBadRecord() {
        Problems problems = new Problems();
        assertThat(read(problems, null, null)).isEqualTo(BadRecordPolicy.FAIL);
        assertThat(problems.list()).isEmpty();
    }

    @Test
    void skipAndQuarantineTakeACountOrAPercentage() {
        Problems problems = new Problems();
        assertThat(read(problems, "skip", 100L)).isEqualTo(new BadRecordPolicy(OnError.SKIP,
                new ErrorThreshold(100, null)));
        BadRecordPolicy q = read(problems, "quarantine", "1.5%");
        assertThat(q.onError()).isEqualTo(OnError.QUARANTINE);
        assertThat(q.maxErrors()).hasToString("1.5%");
        assertThat(read(problems, "skip", null).maxErrors()).isNull();
        assertThat(problems.list()).isEmpty();
    }

    @Test
    void aSourceWithoutRecordLevelErrorsRefusesTheSettingsSayingWhy() {
        Problems problems = new Problems();
        Config c = Config.empty("source", at).with("type", "parquet", at).with("on-error", "skip", at)
                .with("max-errors", 3L, at);
        ConfigReader reader = new ConfigReader(c, problems, Path.of(""));
        reader.string("type", null);
        BadRecordPolicy.refuse(reader, "parquet", "values are typed by the schema");
        reader.finish();
        String text = ": the parquet source has no record-level errors to skip or quarantine: values are typed by"
                + " the schema; on-error: skip or quarantine and max-errors apply to csv sources";
        assertThat(problems.list()).extracting(Problem::toString).containsExactly(
                "p.yaml:4:14 source.on-error" + text, "p.yaml:4:14 source.max-errors" + text);
    }

    @Test
    void wrongSettingsAreLocatedProblems() {
        Problems problems = new Problems();
        read(problems, "ignore", null);
        read(problems, "skip", "lots");
        read(problems, "fail", 10L);
        assertThat(problems.list()).extracting(Problem::toString).containsExactly(
                "p.yaml:4:14 source.on-error: 'ignore' is not one of fail, skip, quarantine.",
                "p.yaml:4:14 source.max-errors: 'lots' is not a threshold; expected a number of bad records such as"
                        + " 100, or a percentage of the records read such as 1.5% (0% to 100%)",
                "p.yaml:4:14 source.max-errors: applies only with on-error: skip or quarantine; with on-error: fail"
                        + " (the default) the first bad record stops the run");
    }
}
