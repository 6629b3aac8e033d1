package io.sluice.core.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunManifestTest {
    @TempDir
    Path dir;

    private final RunIdentity identity = new RunIdentity("ab12", List.of(new InputFingerprint("/in/t\tas.nc", 10, 20, 30)));

    private static PartEntry entry(int index, String key) {
        return new PartEntry(index, key, true, 90, 540, 2160, 6, "part-00000" + index + ".csv", 120, 0xFFFF0000L + index,
                Map.of("columns", "lat\u001flon;x=y", "rows", "6"));
    }

    @Test
    void whatIsRecordedIsReadBackWithOddCharactersIntact() throws IOException {
        Path file = dir.resolve("manifest");
        try (RunManifest m = RunManifest.create(file, identity, List.of(entry(0, "DJF-2001")))) {
            m.record(entry(1, "MAM\t2001%"));
        }
        RunManifest.Content c = RunManifest.read(file).orElseThrow();
        assertThat(c.identity()).isEqualTo(identity);
        assertThat(c.parts()).containsOnlyKeys(0, 1);
        assertThat(c.parts().get(1)).isEqualTo(entry(1, "MAM\t2001%"));
    }

    @Test
    void aLineTornByAKillIsIgnoredAndALaterLineForAPartReplacesAnEarlierOne() throws IOException {
        Path file = dir.resolve("manifest");
        try (RunManifest m = RunManifest.create(file, identity, List.of())) {
            m.record(entry(0, "c0"));
            m.record(entry(1, "c1"));
            m.record(entry(0, "c0-again"));
        }
        String torn = "part\t2\tc2\ttrue\t90\t5";
        Files.writeString(file, torn, StandardOpenOption.APPEND);

        RunManifest.Content c = RunManifest.read(file).orElseThrow();
        assertThat(c.parts()).containsOnlyKeys(0, 1);
        assertThat(c.parts().get(0).key()).isEqualTo("c0-again");
    }

    @Test
    void eachLineEndsWithTheCrc32cOfItsText() throws IOException {
        Path file = dir.resolve("manifest");
        RunManifest.create(file, identity, List.of()).close();
        String first = Files.readAllLines(file).get(0);
        CRC32C crc = new CRC32C();
        crc.update("sluice-run-manifest\t1".getBytes(StandardCharsets.UTF_8));
        assertThat(first).isEqualTo("sluice-run-manifest\t1\t" + Long.toHexString(crc.getValue()));
    }

    @Test
    void noManifestIsEmptyAndADamagedHeaderIsAnError() throws IOException {
        assertThat(RunManifest.read(dir.resolve("none"))).isEmpty();
        Path file = Files.writeString(dir.resolve("manifest"), "something else\n");
        assertThatThrownBy(() -> RunManifest.read(file)).isInstanceOf(IOException.class)
                .hasMessage(file + ": not a sluice run manifest of version 1");
    }

    @Test
    void identitiesDifferByPipelineHashOrAnyInputFingerprint() {
        InputFingerprint a = new InputFingerprint("/in/a.nc", 10, 20, 30);
        RunIdentity then = new RunIdentity("h1", List.of(a));
        assertThat(new RunIdentity("h1", List.of(a)).differenceFrom(then)).isEmpty();
        assertThat(new RunIdentity("h2", List.of(a)).differenceFrom(then)).contains(
                "the pipeline changed since the interrupted run (hash h1 -> h2)");
        assertThat(new RunIdentity("h1", List.of(new InputFingerprint("/in/a.nc", 10, 21, 30))).differenceFrom(then))
                .contains("the input /in/a.nc was modified since the interrupted run");
        assertThat(new RunIdentity("h1", List.of(new InputFingerprint("/in/a.nc", 10, 20, 31))).differenceFrom(then))
                .contains("the input /in/a.nc changed content since the interrupted run");
        assertThat(new RunIdentity("h1", List.of()).differenceFrom(then))
                .contains("the input /in/a.nc of the interrupted run is no longer an input");
    }
}
