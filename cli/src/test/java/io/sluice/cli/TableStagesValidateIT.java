package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sluice validate} and {@code plan} check table stages against the columns before reading data. */
class TableStagesValidateIT {
    private static final Path TESTDATA = Path.of("../testdata").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void validateLocatesEveryStageProblemAtItsLineAndColumn() throws Exception {
        Path p = dir.resolve("stages.yaml");
        Files.writeString(p, "pipeline: stages\nsource: { type: netcdf, path: "
                + TESTDATA.resolve("multi_daily_small.nc") + " }\nsplit: { type: month }\nstages:\n"
                + "  - { type: filter, where: \"pr * 86400 > 1 and month + 1 > 2\" }\n"
                + "  - { type: select, columns: [year, tas, prr] }\n"
                + "sink: { type: csv, path: out.csv }\n");
        Console c = Console.run("validate", p.toString());
        assertThat(c.exitCode()).isEqualTo(2);
        // a filter keeps its columns, so the stages after it are checked too
        assertThat(c.err().strip().split("\\R")).containsExactly(
                p + ":5:48 stages[0].where: 'month' is STRING; '+' needs numbers",
                p + ":6:42 stages[1].columns[2]: unknown column 'prr'; columns: year, month, time, lat, lon, tas,"
                        + " pr. Did you mean 'pr'?");
        assertThat(c.err()).doesNotContain("Exception");
        Files.writeString(p, Files.readString(p).replace("month + 1 > 2", "month == '01'"));
        Console plan = Console.run("plan", p.toString());
        assertThat(plan.exitCode()).isEqualTo(2);
        assertThat(plan.err().strip()).isEqualTo(p + ":6:42 stages[1].columns[2]: unknown column 'prr'; columns:"
                + " year, month, time, lat, lon, tas, pr. Did you mean 'pr'?");
        Files.writeString(p, Files.readString(p).replace("prr", "pr"));
        assertThat(Console.run("validate", p.toString()).exitCode()).isZero();
        Console fixed = Console.run("plan", p.toString());
        assertThat(fixed.exitCode()).isZero();
        assertThat(fixed.out()).contains("output columns after the table stages: year LONG, tas FLOAT, pr FLOAT");
        assertThat(dir.resolve("out.csv")).doesNotExist();
    }
}
