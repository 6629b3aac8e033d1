package io.sluice.netcdf.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.data.Axis;
import io.sluice.core.data.ColumnType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordTrailerTest {
    @TempDir
    Path dir;

    private static StagedRecords described(Path file) {
        StagedRecords part = new StagedRecords(3, file);
        RecordSchema schema = new RecordSchema(List.of("season", "year"),
                List.of(Axis.of("lat", "degrees_north", new double[] {-45, 45})),
                List.of(new OutputVariable("tas_mean", ColumnType.DOUBLE, Map.of("units", "K", "long_name", "é"))),
                List.of(4));
        part.describe(schema, Map.of("season", "DJF", "year", "2001"), true, false);
        part.addRecord(29.5, 0, 59);
        part.addRecord(105, 59, 151);
        return part;
    }

    @Test
    void aPartReadBackAfterItsValuesHasTheSchemaLabelsAndTimesItWasWrittenWith() throws IOException {
        Path file = dir.resolve("part-000003.f64");
        StagedRecords written = described(file);
        byte[] values = new byte[32];
        Files.write(file, values);
        Files.write(file, RecordTrailer.encode(written), java.nio.file.StandardOpenOption.APPEND);

        StagedRecords read = RecordTrailer.read(3, file, Map.of(RecordTrailer.VALUES, "32"));

        assertThat(read.schema().sameShape(written.schema())).isTrue();
        assertThat(read.schema().variables().get(0).attributes()).containsEntry("long_name", "é");
        assertThat(read.labels()).isEqualTo(Map.of("season", "DJF", "year", "2001"));
        assertThat(read.records()).isEqualTo(2);
        assertThat(new double[] {read.time(1), read.lower(1), read.upper(1)}).containsExactly(105, 59, 151);
        assertThat(read.bounded()).isTrue();
        assertThat(read.climatology()).isFalse();
        assertThat(read.closed()).isTrue();
    }

    @Test
    void aFileWithoutATrailerWhereTheFactSaysIsAnErrorNamingTheFile() throws IOException {
        Path file = Files.write(dir.resolve("part-000003.f64"), new byte[40]);
        assertThatThrownBy(() -> RecordTrailer.read(3, file, Map.of(RecordTrailer.VALUES, "8")))
                .isInstanceOf(IOException.class)
                .hasMessage(file + ": staged part 3 has no record trailer at byte 8");
        assertThatThrownBy(() -> RecordTrailer.read(3, file, Map.of()))
                .hasMessage(file + ": staged part 3 does not say where its values end");
    }
}
