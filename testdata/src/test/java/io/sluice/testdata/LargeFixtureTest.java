package io.sluice.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes the 0.92 GB benchmark file (about 10 s). Tagged {@code large}, so it is off by default; run it with
 * {@code mvn -pl testdata test -Dsluice.excludedGroups=none -Dgroups=large}.
 */
@Tag("large")
class LargeFixtureTest {

  @TempDir
  Path dir;

  @Test
  void theLargeFileHoldsThirtyYearsOfTwoDailyFloatVariables() throws Exception {
    Path file = dir.resolve("large.nc");
    assertThat(GenerateFixtures.run(new String[] {"--large", file.toString()})).isZero();
    long dataBytes = 10957L * 73 * 144 * 4 * 2;
    assertThat(Files.size(file)).isBetween(dataBytes, dataBytes + 1_000_000);
  }
}
