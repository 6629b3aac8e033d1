package io.sluice.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;
import io.sluice.core.spi.PartWriter;
import io.sluice.core.spi.SinkSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSinkSessionTest {
    @TempDir
    Path dir;

    private CsvFileSink sink(Path target, char delimiter, boolean header, String nullText, boolean overwrite) {
        return new CsvFileSink(new CsvSettings(target, delimiter, header, nullText, overwrite));
    }

    private CsvFileSink sink(Path target) {
        return sink(target, ',', true, "", true);
    }

    private static void writePart(SinkSession session, int index, Table... tables) throws IOException {
        try (PartWriter w = session.part(index)) {
            for (Table t : tables) {
                w.write(t);
            }
        }
    }

    private List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void partsWrittenOutOfOrderFromSeveralThreadsAreStitchedInIndexOrder() throws Exception {
        Path target = dir.resolve("tas.csv");
        SinkSession session = sink(target).begin();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(7));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i : order) {
                done.add(pool.submit(() -> {
                    writePart(session, i, Tables.part(i, -45, 0), Tables.part(i, 45));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        session.commit();

        List<String> lines = Files.readAllLines(target);
        assertThat(lines).hasSize(1 + 24 * 3);
        assertThat(lines.get(0)).isEqualTo("part,lat,tas");
        for (int i = 0; i < 24; i++) {
            assertThat(lines.subList(1 + 3 * i, 4 + 3 * i)).containsExactly(
                    i + ",-45.0," + (i - 0.45), i + ",0.0," + (double) i, i + ",45.0," + (i + 0.45));
        }
    }

    @Test
    void theHeaderIsWrittenOnceAndCanBeLeftOut() throws IOException {
        Path with = dir.resolve("with.csv");
        Path without = dir.resolve("without.csv");
        for (CsvFileSink s : List.of(sink(with), sink(without, ',', false, "", true))) {
            SinkSession session = s.begin();
            writePart(session, 0, Tables.part(0, 10));
            writePart(session, 1, Tables.part(1, 10));
            session.commit();
        }

        assertThat(Files.readString(with)).isEqualTo("part,lat,tas\n0,10.0,0.1\n1,10.0,1.1\n");
        assertThat(Files.readString(without)).isEqualTo("0,10.0,0.1\n1,10.0,1.1\n");
    }

    @Test
    void missingValuesAreWrittenAsTheNullText() throws IOException {
        Path target = dir.resolve("tas.csv");
        Table table = Table.of(3, List.of(Column.constant("station", ColumnType.STRING, null),
                Column.ofValues("tas", ColumnType.FLOAT, new double[] {1.5, Double.NaN, 2}, Map.of()),
                Column.ofValues("n", ColumnType.LONG, new double[] {Double.NaN, 4, 5}, Map.of())));
        SinkSession session = sink(target, ',', true, "NA", true).begin();
        writePart(session, 0, table);
        session.commit();

        assertThat(Files.readString(target)).isEqualTo("station,tas,n\nNA,1.5,NA\nNA,NA,4\nNA,2.0,5\n");
    }

    @Test
    void aLabelWithACommaOrAQuoteIsQuoted() throws IOException {
        Path target = dir.resolve("cities.csv");
        SinkSession session = sink(target).begin();
        writePart(session, 0, Tables.cities("Paris, France", new double[] {48.85}, new double[] {285.25}));
        writePart(session, 1, Tables.cities("the \"Big Apple\"", new double[] {40.7}, new double[] {Double.NaN}));
        session.commit();

        assertThat(Files.readString(target)).isEqualTo(
                "city,lat,tas\n\"Paris, France\",48.85,285.25\n\"the \"\"Big Apple\"\"\",40.7,\n");
    }

    @Test
    void anotherDelimiterQuotesFieldsHoldingItAndLeavesCommasAlone() throws IOException {
        Path target = dir.resolve("cities.csv");
        SinkSession session = sink(target, ';', true, "", true).begin();
        writePart(session, 0, Tables.cities("Paris, France", new double[] {1}, new double[] {2}),
                Tables.cities("a;b", new double[] {3}, new double[] {4}));
        session.commit();

        assertThat(Files.readString(target)).isEqualTo("city;lat;tas\nParis, France;1.0;2.0\n\"a;b\";3.0;4.0\n");
    }

    @Test
    void theTargetKeepsItsOldContentUntilTheCommitReplacesItWhole() throws IOException {
        Path target = dir.resolve("tas.csv");
        Files.writeString(target, "old\n");
        SinkSession session = sink(target).begin();
        writePart(session, 0, Tables.part(0, 1, 2, 3));

        assertThat(Files.readString(target)).isEqualTo("old\n");
        long bytes = session.commit();

        String published = Files.readString(target);
        assertThat(published).isEqualTo("part,lat,tas\n0,1.0,0.01\n0,2.0,0.02\n0,3.0,0.03\n");
        assertThat(bytes).isEqualTo(Files.size(target)).isEqualTo(published.getBytes(StandardCharsets.UTF_8).length);
        assertThat(filesIn(dir)).containsExactly("tas.csv");
    }

    @Test
    void abortLeavesAnExistingTargetByteIdenticalAndRemovesStaging() throws IOException {
        Path target = dir.resolve("tas.csv");
        byte[] old = {'a', ',', 'b', '\r', '\n', (byte) 0xC3, (byte) 0xA9};
        Files.write(target, old);
        StagedCsvSession session = (StagedCsvSession) sink(target).begin();
        writePart(session, 0, Tables.part(0, 1, 2));
        assertThat(session.staging().orElseThrow().folder()).isDirectory().hasParent(dir);
        assertThat(session.staging().orElseThrow().folder().getFileName()).hasToString(".tas.csv.sluice-staging");

        session.abort();

        assertThat(Files.readAllBytes(target)).isEqualTo(old);
        assertThat(filesIn(dir)).containsExactly("tas.csv");
    }

    @Test
    void partsWithDifferentColumnsFailTheCommitNamingThePartAndAbortCleansUp() throws IOException {
        Path target = dir.resolve("tas.csv");
        SinkSession session = sink(target).begin();
        writePart(session, 0, Tables.part(0, 1));
        writePart(session, 1, Tables.cities("Paris", new double[] {1}, new double[] {2}));

        assertThatThrownBy(session::commit).isInstanceOf(IOException.class)
                .hasMessage(target + ": part 1 has columns [city, lat, tas] but part 0 has [part, lat, tas];"
                        + " every part must have the same columns");
        session.abort();

        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void tablesWithDifferentColumnsInOnePartAreRefused() throws IOException {
        SinkSession session = sink(dir.resolve("tas.csv")).begin();
        try (PartWriter w = session.part(2)) {
            w.write(Tables.part(0, 1));
            assertThatThrownBy(() -> w.write(Tables.cities("Paris", new double[] {1}, new double[] {2})))
                    .hasMessageStartingWith("part 2: a table has columns [city, lat, tas]");
        }
        session.abort();
    }

    @Test
    void overwriteFalseWithAnExistingTargetFailsAtBeginWithOneLineNamingThePath() throws IOException {
        Path target = dir.resolve("tas.csv");
        Files.writeString(target, "keep\n");

        assertThatThrownBy(() -> sink(target, ',', true, "", false).begin())
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessage(target + ": already exists and overwrite is false; remove it or set overwrite: true");
        assertThat(Files.readString(target)).isEqualTo("keep\n");
        assertThat(filesIn(dir)).containsExactly("tas.csv");
    }

    @Test
    void overwriteFalseWithoutATargetPublishes() throws IOException {
        Path target = dir.resolve("tas.csv");
        SinkSession session = sink(target, ',', false, "", false).begin();
        writePart(session, 0, Tables.part(3, 0));
        session.commit();

        assertThat(Files.readString(target)).isEqualTo("3,0.0,3.0\n");
    }

    @Test
    void overwriteFalseAndATargetThatAppearsDuringTheRunFailsTheCommitAndKeepsIt() throws IOException {
        Path target = dir.resolve("tas.csv");
        SinkSession session = sink(target, ',', true, "", false).begin();
        writePart(session, 0, Tables.part(0, 1));
        Files.writeString(target, "someone else's\n");

        assertThatThrownBy(session::commit).isInstanceOf(FileAlreadyExistsException.class)
                .hasMessage(target + ": appeared during the run and overwrite is false;"
                        + " remove it or set overwrite: true");
        session.abort();

        assertThat(Files.readString(target)).isEqualTo("someone else's\n");
        assertThat(filesIn(dir)).containsExactly("tas.csv");
    }

    @Test
    void missingParentDirectoriesAreCreated() throws IOException {
        Path target = dir.resolve("out/2001/tas.csv");
        SinkSession session = sink(target).begin();
        writePart(session, 0, Tables.part(0, 1));
        session.commit();

        assertThat(target).isRegularFile();
        assertThat(filesIn(target.getParent())).containsExactly("tas.csv");
    }

    @Test
    void withoutPartsAnEmptyFileIsPublished() throws IOException {
        Path target = dir.resolve("tas.csv");
        Files.writeString(target, "old\n");
        SinkSession session = sink(target).begin();

        assertThat(session.commit()).isZero();
        assertThat(target).isEmptyFile();
    }

    @Test
    void tablesWithoutRowsStillGiveTheHeader() throws IOException {
        Path target = dir.resolve("tas.csv");
        SinkSession session = sink(target).begin();
        writePart(session, 0, Table.of(0, List.of(Column.constant("part", ColumnType.LONG, "0"),
                Column.ofValues("tas", ColumnType.FLOAT, new double[0], Map.of()))));
        session.commit();
        session.abort();

        assertThat(Files.readString(target)).isEqualTo("part,tas\n");
    }

    @Test
    void partsWithoutTablesAddNothing() throws IOException {
        Path target = dir.resolve("tas.csv");
        SinkSession session = sink(target).begin();
        writePart(session, 0);
        writePart(session, 1, Tables.part(1, 5));
        writePart(session, 2);
        session.commit();

        assertThat(Files.readString(target)).isEqualTo("part,lat,tas\n1,5.0,1.05\n");
    }

    @Test
    void aPartThatIsStillOpenFailsTheCommit() throws IOException {
        Path target = dir.resolve("tas.csv");
        SinkSession session = sink(target).begin();
        PartWriter open = session.part(4);
        open.write(Tables.part(4, 1));

        assertThatThrownBy(session::commit).hasMessageStartingWith(target + ": part 4 was not completed");
        open.close();
        session.abort();
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void aPartWrittenAgainReplacesTheEarlierAttemptAndNoPartIsTakenAfterTheCommit() throws IOException {
        Path target = dir.resolve("tas.csv");
        SinkSession session = sink(target).begin();
        writePart(session, 0, Tables.part(0, 1, 2, 3));
        writePart(session, 0, Tables.part(0, 7));

        session.commit();
        assertThat(Files.readString(target)).isEqualTo("part,lat,tas\n0,7.0,0.07\n");
        assertThatThrownBy(() -> session.part(1)).hasMessageEndingWith("the session is committed");
    }

    @Test
    void aTargetThatIsADirectoryFailsAtBegin() throws IOException {
        Path target = Files.createDirectory(dir.resolve("tas.csv"));

        assertThatThrownBy(() -> sink(target).begin())
                .hasMessage(target + ": is a directory; expected the path of a CSV file to write");
    }

    @Test
    void aFullDiskWhilePublishingFailsTheCommitAndLeavesThePreviousTargetAndNoCopy() throws IOException {
        Path target = dir.resolve("tas.csv");
        Files.writeString(target, "old\n");
        double[] lats = new double[2000];
        for (int i = 0; i < lats.length; i++) {
            lats[i] = i;
        }
        // the two parts fit (about 2 x 2000 x 12 bytes); the published copy, as large again, does not
        CsvFileSink sink = new CsvFileSink(new CsvSettings(target, ',', true, "", true), quota(70_000));
        SinkSession session = sink.begin();
        writePart(session, 0, Tables.part(0, lats));
        writePart(session, 1, Tables.part(1, lats));

        assertThatThrownBy(session::commit).isInstanceOf(IOException.class).hasMessage("No space left on device");
        assertThat(session.staging().orElseThrow().publishFile()).doesNotExist();
        session.abort();

        assertThat(Files.readString(target)).isEqualTo("old\n");
        assertThat(filesIn(dir)).containsExactly("tas.csv");
    }

    @Test
    void aFullDiskWhileWritingAPartFailsThatPartAndAbortLeavesNothing() throws IOException {
        Path target = dir.resolve("tas.csv");
        double[] lats = new double[200_000];
        CsvFileSink sink = new CsvFileSink(new CsvSettings(target, ',', true, "", true), quota(100_000));
        SinkSession session = sink.begin();

        assertThatThrownBy(() -> writePart(session, 0, Tables.part(0, lats))).isInstanceOf(IOException.class)
                .hasMessage("No space left on device");
        assertThat(session.staging().orElseThrow().parts().completed(0)).isEmpty();
        session.abort();

        assertThat(filesIn(dir)).isEmpty();
    }

    /** Staged files that together may hold {@code bytes}; then every write fails as on a full disk. */
    private static io.sluice.core.sink.OutputFiles quota(long bytes) {
        java.util.concurrent.atomic.AtomicLong left = new java.util.concurrent.atomic.AtomicLong(bytes);
        return file -> new java.io.FilterOutputStream(io.sluice.core.sink.OutputFiles.disk().create(file)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (left.addAndGet(-len) < 0) {
                    throw new IOException("No space left on device");
                }
                out.write(b, off, len);
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }
        };
    }
}
