package io.sluice.core.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryPublishingTest {
    @TempDir
    Path dir;

    private Path tree(String name, String file, String text) throws IOException {
        Path t = Files.createDirectories(dir.resolve(name).resolve("k=1"));
        Files.writeString(t.resolve(file), text);
        return dir.resolve(name);
    }

    @Test
    void aNewTreeReplacesTheOldOneWholeAndNothingIsLeftAside() throws IOException {
        tree("out", "old.txt", "old");
        Path staged = tree("staged", "new.txt", "new!");
        assertThat(AtomicPublisher.publishDirectory(staged, dir.resolve("out"), true)).isEqualTo(4);
        assertThat(Files.readString(dir.resolve("out/k=1/new.txt"))).isEqualTo("new!");
        assertThat(dir.resolve("out/k=1/old.txt")).doesNotExist();
        assertThat(dir.resolve(".out.sluice-replaced")).doesNotExist();
        assertThat(staged).doesNotExist();
    }

    @Test
    void overwriteFalseRefusesATreeThatAppearedAndKeepsBoth() throws IOException {
        tree("out", "old.txt", "old");
        Path staged = tree("staged", "new.txt", "new");
        assertThatThrownBy(() -> AtomicPublisher.publishDirectory(staged, dir.resolve("out"), false))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(dir.resolve("out/k=1/old.txt")).exists();
        assertThat(staged.resolve("k=1/new.txt")).exists();
    }

    @Test
    void aRunStoppedBetweenTheTwoRenamesGetsThePreviousTreeBack() throws IOException {
        tree(".out.sluice-replaced", "old.txt", "old");
        assertThat(AtomicPublisher.recoverDirectory(dir.resolve("out"))).startsWith("put back the previous output");
        assertThat(Files.readString(dir.resolve("out/k=1/old.txt"))).isEqualTo("old");
        assertThat(dir.resolve(".out.sluice-replaced")).doesNotExist();
    }

    @Test
    void aRunStoppedAfterTheSecondRenameHasItsOldTreeDeleted() throws IOException {
        tree("out", "new.txt", "new");
        tree(".out.sluice-replaced", "old.txt", "old");
        assertThat(AtomicPublisher.recoverDirectory(dir.resolve("out"))).startsWith("removed the previous output");
        assertThat(dir.resolve("out/k=1/new.txt")).exists();
        assertThat(dir.resolve(".out.sluice-replaced")).doesNotExist();
        assertThat(AtomicPublisher.recoverDirectory(dir.resolve("out"))).isEmpty();
    }

    @Test
    void stagingForADirectoryTargetAcceptsADirectoryAndRefusesAFile() throws IOException {
        Files.createDirectories(dir.resolve("tree"));
        try (StagingDirectory s = StagingDirectory.openForDirectory(dir.resolve("tree"), StagingMode.FRESH,
                OutputFiles.disk())) {
            assertThat(s.folder()).isEqualTo(dir.resolve(".tree.sluice-staging"));
        }
        Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> StagingDirectory.openForDirectory(dir.resolve("file"), StagingMode.FRESH,
                OutputFiles.disk())).isInstanceOf(IOException.class)
                .hasMessage(dir.resolve("file") + ": is not a directory; expected the path of a directory of files"
                        + " to write, which publishing replaces");
    }
}
