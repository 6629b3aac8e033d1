package io.sluice.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HivePathTest {

    @Test
    void separatorsAndHiveSpecialCharactersArePercentEncoded() {
        assertThat(HivePath.segment("station", "a/b")).isEqualTo("station=a%2Fb");
        assertThat(HivePath.segment("s", "C:\\x")).isEqualTo("s=C%3A%5Cx");
        assertThat(HivePath.segment("s", "x\u0000y\u007F")).isEqualTo("s=x%00y%7F");
        assertThat(HivePath.segment("s", "50% #1 [a]{b}^'*?\"=")).isEqualTo(
                "s=50%25 %231 %5Ba%5D%7Bb%7D%5E%27%2A%3F%22%3D");
        assertThat(HivePath.segment("a=b", "1")).isEqualTo("a%3Db=1");
    }

    @Test
    void dotsSpacesAndNonAsciiTextStayAsTheyAre() {
        assertThat(HivePath.segment("s", "..")).isEqualTo("s=..");
        assertThat(HivePath.segment("season", "DJF")).isEqualTo("season=DJF");
        assertThat(HivePath.segment("city", "São Paulo")).isEqualTo("city=São Paulo");
    }

    @Test
    void missingAndEmptyValuesGoToTheDefaultPartition() {
        assertThat(HivePath.segment("year", null)).isEqualTo("year=__HIVE_DEFAULT_PARTITION__");
        assertThat(HivePath.segment("year", "")).isEqualTo("year=__HIVE_DEFAULT_PARTITION__");
    }

    @Test
    void unescapingUndoesEscapingAndLeavesAStrayPercent() {
        for (String s : new String[] {"a/b", "x\u0000y", "50%", "..", "k=v", "São/Paulo", "100%25"}) {
            assertThat(HivePath.unescape(HivePath.escape(s))).isEqualTo(s);
        }
        assertThat(HivePath.unescape("50%")).isEqualTo("50%");
        assertThat(HivePath.unescape("%zz")).isEqualTo("%zz");
        assertThat(HivePath.unescape("S%C3%A3o")).isEqualTo("São");
    }
}
