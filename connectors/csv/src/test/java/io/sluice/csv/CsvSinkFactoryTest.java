package io.sluice.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.config.Config;
import io.sluice.core.config.ConfigReader;
import io.sluice.core.config.Location;
import io.sluice.core.config.Problem;
import io.sluice.core.config.Problems;
import io.sluice.core.spi.Plugins;
import io.sluice.core.spi.Sink;
import io.sluice.core.spi.SinkFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSinkFactoryTest {
    @TempDir
    Path base;

    private final Problems problems = new Problems();

    private Sink create(Config config) {
        ConfigReader reader = new ConfigReader(config.atPath("sink"), problems, base);
        Sink sink = new CsvSinkFactory().create(reader);
        reader.finish();
        return sink;
    }

    @Test
    void theFactoryIsFoundByItsTypeIdThroughServiceLoader() {
        assertThat(Plugins.installed().find(SinkFactory.class, "csv")).get().isInstanceOf(CsvSinkFactory.class);
    }

    @Test
    void theDslHelperBuildsTheSameSettingsAsPlainConfig() {
        assertThat(CsvSink.at("out/tas.csv")).isEqualTo(Config.ofType("csv").with("path", "out/tas.csv"));
    }

    @Test
    void aRelativePathResolvesAgainstTheBaseDirectory() {
        Sink sink = create(CsvSink.at("out/../results/tas.csv"));

        assertThat(problems.isEmpty()).isTrue();
        assertThat(sink.target()).isEqualTo(base.resolve("results/tas.csv").toAbsolutePath().toString());
    }

    @Test
    void settingsDefaultToCommaHeaderEmptyNullTextAndOverwrite() {
        CsvSettings s = ((CsvFileSink) create(CsvSink.at("tas.csv"))).settings();

        assertThat(s.delimiter()).isEqualTo(',');
        assertThat(s.header()).isTrue();
        assertThat(s.nullText()).isEmpty();
        assertThat(s.overwrite()).isTrue();
    }

    @Test
    void everySettingIsRead() {
        Config config = CsvSink.at("tas.csv").with("delimiter", "\t").with("header", false).with("null", "NA")
                .with("overwrite", false);

        CsvSettings s = ((CsvFileSink) create(config)).settings();

        assertThat(problems.isEmpty()).isTrue();
        assertThat(s).isEqualTo(new CsvSettings(base.resolve("tas.csv"), '\t', false, "NA", false));
    }

    @Test
    void aTwoCharacterDelimiterIsAProblemAtItsLocation() {
        Config config = CsvSink.at("tas.csv").with("delimiter", "ab", Location.of("pipeline.yaml", 14, 16));

        Sink sink = create(config);

        assertThat(sink).isNull();
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(Location.of("pipeline.yaml", 14, 16));
            assertThat(p.path()).isEqualTo("sink.delimiter");
            assertThat(p.message()).contains("'ab'").contains("one character");
        });
        assertThat(problems.list().get(0).toString()).startsWith("pipeline.yaml:14:16 sink.delimiter: 'ab' is not");
    }

    @Test
    void aQuoteCannotBeTheDelimiter() {
        create(CsvSink.at("tas.csv").with("delimiter", "\""));

        assertThat(problems.list()).extracting(Problem::path).containsExactly("sink.delimiter");
    }

    @Test
    void aNullTextContainingTheDelimiterIsAProblem() {
        create(CsvSink.at("tas.csv").with("null", "n,a"));

        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("sink.null");
            assertThat(p.message()).contains("'n,a'");
        });
    }

    @Test
    void aMissingPathIsAProblem() {
        Sink sink = create(Config.ofType("csv"));

        assertThat(sink).isNull();
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("sink.path");
            assertThat(p.message()).isEqualTo("is required");
        });
    }

    @Test
    void aPathWithoutAFileNameIsAProblem() {
        Sink sink = create(CsvSink.at(base.getRoot().toString()));

        assertThat(sink).isNull();
        assertThat(problems.list()).extracting(Problem::path).containsExactly("sink.path");
    }

    @Test
    void aPathThatIsADirectoryIsAProblem() throws Exception {
        java.nio.file.Files.createDirectories(base.resolve("out.csv"));
        Sink sink = create(CsvSink.at("out.csv"));

        assertThat(sink).isNull();
        assertThat(problems.list()).singleElement().satisfies(p ->
                assertThat(p.message()).endsWith("out.csv' is a directory; expected the CSV file to write"));
    }

    @Test
    void aHeaderThatIsNotABooleanIsAProblem() {
        create(CsvSink.at("tas.csv").with("header", "yes"));

        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("sink.header");
            assertThat(p.message()).contains("expected true or false");
        });
    }

    @Test
    void aMisspelledKeyIsReportedWithAHint() {
        create(CsvSink.at("tas.csv").with("delimter", ";"));

        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("sink.delimter");
            assertThat(p.message()).contains("Did you mean 'delimiter'?");
        });
    }
}
