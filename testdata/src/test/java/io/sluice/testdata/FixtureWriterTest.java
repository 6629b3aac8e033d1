package io.sluice.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixtureWriterTest {

  @TempDir
  Path dir;

  @Test
  void writingTheSameFixtureTwiceGivesIdenticalBytes() throws Exception {
    for (GridFixture f : new GridFixture[] {Fixtures.multiDailySmall(), Fixtures.monthlyPacked()}) {
      Path first = dir.resolve("first_" + f.name() + ".nc");
      Path second = dir.resolve("second_" + f.name() + ".nc");
      FixtureWriter.write(f, first);
      FixtureWriter.write(f, second);
      assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }
  }

  @Test
  void aDifferentSeedGivesDifferentValues() throws Exception {
    Path a = dir.resolve("a.nc");
    Path b = dir.resolve("b.nc");
    FixtureWriter.write(GridFixture.builder("a").variable(FixtureVariable.tas()).build(), a);
    FixtureWriter.write(GridFixture.builder("b").seed(7).variable(FixtureVariable.tas()).build(), b);
    assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(b));
  }

  @Test
  void committedFixturesAreExactlyWhatTheGeneratorWrites() throws Exception {
    // surefire runs in the module folder, where the committed fixtures live
    for (GridFixture f : Fixtures.committed()) {
      Path committed = Path.of(f.name() + ".nc");
      assertThat(committed).as("committed fixture (regenerate with GenerateFixtures)").exists();
      Path fresh = dir.resolve(f.name() + ".nc");
      FixtureWriter.write(f, fresh);
      assertThat(Files.readAllBytes(fresh)).as(f.name()).isEqualTo(Files.readAllBytes(committed));
    }
  }

  @Test
  void noTemporaryFileIsLeftBehind() throws Exception {
    FixtureWriter.write(Fixtures.tasDaily360Day(), dir.resolve("t.nc"));
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("t.nc");
    }
  }
}
