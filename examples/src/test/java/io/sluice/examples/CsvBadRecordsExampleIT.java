package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-records example writes the 8 good records of its 12 and quarantines the 4 bad ones (lines 4, 6, 10
 * and 11, counted by hand with {@code cat -n}) beside the Parquet output.
 */
class CsvBadRecordsExampleIT {
    @TempDir
    Path out;

    @Test
    void theGoodRecordsAreWrittenAndTheBadOnesQuarantinedWithTheirLines() throws Exception {
        Path parquet = out.resolve("stations.parquet");
        ExampleRuns.run("csv-bad-records", null, parquet);
        assertThat(ExampleRuns.rows(parquet)).isEqualTo(8);
        String ragged = " fields, but the header has 4 columns (station, day, t_max, rain_mm); every row must have"
                + " as many fields as the header\"";
        assertThat(Files.readString(out.resolve("stations.parquet.quarantine.csv"))).isEqualTo(
                "file,line,record,reason\n"
                + "stations.csv,4,\"ABERDEEN,2001-01-03,n/a,2.2\",column 't_max': 'n/a' is not a DOUBLE (declared in"
                + " types); declare it with types: {t_max: string} or add 'n/a' to null\n"
                + "stations.csv,6,\"BRAEMAR,2001-01-02,-3.4\",\"3" + ragged + "\n"
                + "stations.csv,10,\"DYCE,2001-01-32,5.0,0.9\",column 'day': '2001-01-32' is not a DATE (declared in"
                + " types); declare it with types: {day: string} or add '2001-01-32' to null\n"
                + "stations.csv,11,\"DYCE,2001-01-03,5.3,0.0,2.1\",\"5" + ragged + "\n");
    }
}
