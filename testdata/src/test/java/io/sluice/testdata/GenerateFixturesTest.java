package io.sluice.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateFixturesTest {

  @TempDir
  Path dir;

  @Test
  void aBadCommandLineExitsWithCodeTwo() {
    assertThat(GenerateFixtures.run(new String[] {"--huge", "x"})).isEqualTo(2);
    assertThat(GenerateFixtures.run(new String[] {"--large"})).isEqualTo(2);
  }

  @Test
  void everyCommittedFixtureIsWrittenIntoTheGivenFolder() {
    assertThat(GenerateFixtures.run(new String[] {dir.toString()})).isZero();
    for (GridFixture f : Fixtures.committed()) {
      assertThat(dir.resolve(f.name() + ".nc")).isNotEmptyFile();
    }
  }
}
