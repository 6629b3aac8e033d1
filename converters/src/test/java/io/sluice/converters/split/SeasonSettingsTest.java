package io.sluice.converters.split;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.converters.fixtures.TimeAxes;
import io.sluice.core.config.Config;
import io.sluice.core.config.Location;
import io.sluice.core.config.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeasonSettingsTest {

    private static Config seasonsAt(List<String> seasons) {
        Config c = Config.empty("split", Location.of("pipeline.yaml", 3, 3))
                .with("type", "season", Location.of("pipeline.yaml", 3, 9))
                .with("seasons", seasons, Location.of("pipeline.yaml", 4, 12));
        for (int i = 0; i < seasons.size(); i++) {
            c = c.withElementLocation("seasons", i, Location.of("pipeline.yaml", 4, 13 + 5 * i));
        }
        return c;
    }

    @Test
    void lettersThatAreNotConsecutiveMonthsAreALocatedProblem() {
        List<Problem> problems = Planning.problems(seasonsAt(List.of("DJF", "MAX")));

        assertThat(problems).singleElement().hasToString("pipeline.yaml:4:18 split.seasons[1]: 'MAX' is not a run"
                + " of consecutive month initials (J F M A M J J A S O N D, up to 12, wrapping after D); expected a"
                + " season such as DJF, MAM or NDJFM");
    }

    @Test
    void aMonthInTwoSeasonsIsAProblem() {
        List<Problem> problems = Planning.problems(seasonsAt(List.of("DJF", "FMA")));

        assertThat(problems).singleElement().extracting(Problem::path, Problem::message).containsExactly(
                "split.seasons[1]", "'FMA' repeats Feb, already in season DJF; a month may be in at most one season");
    }

    @Test
    void aSingleAmbiguousInitialIsAProblem() {
        List<Problem> problems = Planning.problems(seasonsAt(List.of("J")));

        assertThat(problems).singleElement().extracting(Problem::message).isEqualTo(
                "'J' is ambiguous: it could start in Jan or Jun or Jul; name at least two months, such as JF");
    }

    @Test
    void everyBadSeasonIsReportedAtOnce() {
        assertThat(Planning.problems(seasonsAt(List.of("XYZ", "DJF", "", "DJFMAMJJASOND"))))
                .extracting(Problem::path)
                .containsExactly("split.seasons[0]", "split.seasons[2]", "split.seasons[3]");
    }

    @Test
    void anEmptySeasonListIsAProblem() {
        assertThat(Planning.problems(seasonsAt(List.of()))).singleElement().extracting(Problem::message)
                .isEqualTo("expected at least one season, such as [DJF, MAM, JJA, SON]");
    }

    @Test
    void aSingleSeasonMayBeGivenWithoutAList() {
        assertThat(Planning.problems(Config.ofType("season").with("seasons", "JJA"))).isEmpty();
        assertThat(Planning.problems(Config.ofType("season").with("seasons", "JJX")))
                .extracting(Problem::path).containsExactly("seasons");
    }

    @Test
    void dropIncompleteMustBeABooleanAndUnknownKeysAreHinted() {
        List<Problem> problems = Planning.problems(Config.ofType("season").with("drop-incomplete", "yes")
                .with("drop-incompete", true));

        assertThat(problems).extracting(Problem::message).containsExactly("expected true or false, got 'yes'",
                "unknown key; expected one of type, seasons, drop-incomplete. Did you mean 'drop-incomplete'?");
    }

    @Test
    void twelveMonthSeasonsAreAllowed() {
        assertThat(Planning.problems(Splits.season("DJFMAMJJASON"))).isEmpty();
        assertThat(Planning.keys(Planning.plan(Splits.season("DJFMAMJJASON"),
                TimeAxes.monthly("1981-11", "1982-12"))))
                .containsExactly("DJFMAMJJASON-1981", "DJFMAMJJASON-1982", "DJFMAMJJASON-1983");
    }
}
