package io.sluice.netcdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.config.Config;
import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.model.Pipeline;
import io.sluice.core.run.LocalRunner;
import io.sluice.core.run.RunFailedException;
import io.sluice.core.run.RunOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Damaged NetCDF files never crash a run: whatever the damage (a file cut anywhere, bytes overwritten anywhere,
 * random bytes after a NetCDF signature), running a pipeline on it either succeeds or fails with a
 * {@link RunFailedException} or {@link PipelineInvalidException} whose message is one line naming the file;
 * never another exception, and never a hang (each run is bounded by jqwik's tries and the files' small size).
 */
class DamagedFilePropertiesTest {
    private static final List<String> FIXTURES = List.of("tas_daily_small.nc", "tas_daily_small_nc4.nc",
            "monthly_packed.nc");
    private static Path dir;

    @BeforeContainer
    static void folder() throws IOException {
        dir = Files.createTempDirectory("sluice-damaged");
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    @Provide
    Arbitrary<String> fixtures() {
        return Arbitraries.of(FIXTURES);
    }

    @Property(tries = 150)
    void aFileCutAnywhereFailsClearly(@ForAll("fixtures") String fixture,
                                      @ForAll @IntRange(min = 0, max = 1_000_000) int cut) throws IOException {
        byte[] all = Files.readAllBytes(TestSources.fixture(fixture));
        runsOrFailsClearly(Arrays.copyOf(all, cut % all.length));
    }

    @Property(tries = 150)
    void bytesOverwrittenAnywhereFailClearly(@ForAll("fixtures") String fixture,
                                             @ForAll @IntRange(min = 0, max = 1_000_000) int at,
                                             @ForAll @IntRange(min = 1, max = 64) int length,
                                             @ForAll byte value) throws IOException {
        byte[] all = Files.readAllBytes(TestSources.fixture(fixture));
        int from = at % all.length;
        Arrays.fill(all, from, Math.min(all.length, from + length), value);
        runsOrFailsClearly(all);
    }

    @Property(tries = 150)
    void randomBytesAfterANetcdfSignatureFailClearly(@ForAll("signatures") byte[] signature,
                                                     @ForAll("noise") byte[] noise) throws IOException {
        byte[] all = Arrays.copyOf(signature, signature.length + noise.length);
        System.arraycopy(noise, 0, all, signature.length, noise.length);
        runsOrFailsClearly(all);
    }

    @Provide
    Arbitrary<byte[]> signatures() {
        return Arbitraries.of(new byte[] {'C', 'D', 'F', 1}, new byte[] {'C', 'D', 'F', 2},
                new byte[] {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1A, '\n'}, new byte[0]);
    }

    @Provide
    Arbitrary<byte[]> noise() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(4096);
    }

    private static void runsOrFailsClearly(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("damaged.nc"), content);
        Pipeline pipeline = Pipeline.builder("damaged").baseDirectory(dir).source(NetcdfSource.at("damaged.nc"))
                .split(Config.ofType("fake-steps").with("size", 400).with("parity", false))
                .sink(Config.ofType("memory").with("name", "damaged").with("header", false)).build();
        try {
            new LocalRunner(RunOptions.defaults().withParallelism(2)).run(pipeline);
        } catch (RunFailedException | PipelineInvalidException e) {
            String message = e.getMessage();
            assertThat(message).as("failure of %d bytes", content.length).isNotBlank().doesNotContain("\n")
                    .contains("damaged.nc");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
