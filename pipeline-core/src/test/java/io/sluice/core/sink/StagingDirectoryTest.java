package io.sluice.core.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingDirectoryTest {
    @TempDir
    Path dir;

    private Path target() {
        return dir.resolve("tas.csv");
    }

    @Test
    void stagingIsAHiddenFolderBesideTheTargetTheSameForEveryRun() throws IOException {
        try (StagingDirectory s = StagingDirectory.open(target(), StagingMode.FRESH, OutputFiles.disk())) {
            assertThat(s.folder()).isEqualTo(dir.resolve(".tas.csv.sluice-staging")).isDirectory();
            assertThat(s.parts().start(3, ".csv")).isEqualTo(s.folder().resolve("part-000003.csv"));
            assertThat(s.note()).isEmpty();
        }
    }

    @Test
    void aFreshStartRemovesWhatADeadRunLeftAndSaysSoWhileResumeKeepsIt() throws IOException {
        try (StagingDirectory s = StagingDirectory.open(target(), StagingMode.FRESH, OutputFiles.disk())) {
            Files.writeString(s.parts().start(0, ".csv"), "a\n");
            Files.writeString(s.manifestFile(), "m\n");
        }
        try (StagingDirectory s = StagingDirectory.open(target(), StagingMode.RESUME, OutputFiles.disk())) {
            assertThat(s.contents()).hasSize(2);
            assertThat(s.note()).isEmpty();
        }
        try (StagingDirectory s = StagingDirectory.open(target(), StagingMode.FRESH, OutputFiles.disk())) {
            assertThat(s.contents()).isEmpty();
            assertThat(s.note()).contains("removed staging left by an earlier run that stopped (2 files in "
                    + s.folder() + ")");
        }
    }

    @Test
    void aSecondRunCannotOpenStagingWhileTheFirstHoldsItsLock() throws IOException {
        try (StagingDirectory first = StagingDirectory.open(target(), StagingMode.FRESH, OutputFiles.disk())) {
            Files.writeString(first.parts().start(0, ".csv"), "a\n");
            assertThatThrownBy(() -> StagingDirectory.open(target(), StagingMode.FRESH, OutputFiles.disk()))
                    .isInstanceOf(IOException.class).hasMessage(target() + ": another sluice run is writing this"
                            + " output (its staging folder .tas.csv.sluice-staging is locked); wait for it to finish"
                            + " or stop it");
            assertThat(first.folder().resolve("part-000000.csv")).as("the first run's part is untouched").exists();
        }
    }

    @Test
    void aFailedRunDeletesStagingUnlessItKeptPartsForResume() throws IOException {
        StagingDirectory plain = StagingDirectory.open(target(), StagingMode.FRESH, OutputFiles.disk());
        plain.parts().start(0, ".csv");
        plain.abandon();
        assertThat(dir.resolve(".tas.csv.sluice-staging")).doesNotExist();

        StagingDirectory kept = StagingDirectory.open(target(), StagingMode.FRESH, OutputFiles.disk());
        Files.writeString(kept.parts().start(0, ".csv"), "a\n");
        kept.keepForResume();
        kept.abandon();
        assertThat(dir.resolve(".tas.csv.sluice-staging/part-000000.csv")).hasContent("a");
    }

    @Test
    void startingAPartAgainDeletesTheEarlierAttemptAndSealingStopsNewParts() throws IOException {
        try (StagingDirectory s = StagingDirectory.open(target(), StagingMode.FRESH, OutputFiles.disk())) {
            Path first = Files.writeString(s.parts().start(1, ".csv"), "half");
            assertThat(s.parts().completed(1)).isEmpty();
            Path again = s.parts().start(1, ".csv");
            assertThat(again).isEqualTo(first).doesNotExist();
            s.parts().complete(1, Map.of("rows", "3"));
            assertThat(s.parts().seal()).containsExactly(new StagedPart(1, again, Map.of("rows", "3"), true));
            assertThatThrownBy(() -> s.parts().start(2, ".csv")).isInstanceOf(IllegalStateException.class)
                    .hasMessage("cannot write part 2: the output is being committed");
        }
    }

    @Test
    void aTargetThatIsNotARegularFileIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path folder = Files.createDirectory(target());
        assertThatThrownBy(() -> StagingDirectory.open(folder, StagingMode.FRESH, OutputFiles.disk()))
                .hasMessage(folder + ": is not a regular file (a directory); expected the path of a file to write,"
                        + " which publishing replaces");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), folder);
        assertThatThrownBy(() -> StagingDirectory.open(link, StagingMode.FRESH, OutputFiles.disk()))
                .hasMessageContaining("(a symbolic link)");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).toList())
                .containsExactlyInAnyOrder("tas.csv", "link.csv");
    }

    @Test
    void publishingReplacesTheTargetWholeAndLeavesNoCopyBehind() throws IOException {
        Files.writeString(target(), "old\n");
        try (StagingDirectory s = StagingDirectory.open(target(), StagingMode.FRESH, OutputFiles.disk())) {
            Path a = Files.writeString(s.parts().start(0, ".csv"), "1\n");
            Path b = Files.writeString(s.parts().start(1, ".csv"), "2\n");
            long bytes = new AtomicPublisher(target(), true, s.publishFile(), s.files())
                    .publish("h\n".getBytes(), List.of(a, b));
            assertThat(bytes).isEqualTo(6);
            assertThat(target()).hasContent("h\n1\n2");
            assertThat(s.publishFile()).doesNotExist();
        }
    }
}
