package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import ucar.ma2.Array;
import ucar.nc2.Attribute;
import ucar.nc2.NetcdfFile;
import ucar.nc2.Variable;

/** Runs the installed CDO and reads what it wrote; a test that needs CDO fails when it is missing. */
final class CdoRun {
    private CdoRun() {
    }

    /** Runs {@code cdo -s ARGS...} and returns its standard output; fails the test on a non-zero exit. */
    static String cdo(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("cdo", "-s"));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("CDO is needed for this test and is not installed (apt-get install cdo; "
                    + ".ci/run installs it): " + e.getMessage(), e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("cdo finished").isTrue();
        assertThat(p.exitValue()).as("cdo %s exited with: %s", command, out).isZero();
        return out;
    }

    /** The values of {@code variable} in a CDO output file, flattened, with its missing value as NaN. */
    static double[] values(Path file, String variable) throws IOException {
        try (NetcdfFile nc = NetcdfFile.open(file.toString())) {
            Variable v = nc.findVariable(variable);
            assertThat(v).as("variable %s in %s", variable, file).isNotNull();
            Array a = v.read();
            double missing = missingValue(v);
            double[] out = new double[(int) a.getSize()];
            for (int i = 0; i < out.length; i++) {
                double x = a.getDouble(i);
                out[i] = x == missing ? Double.NaN : x;
            }
            return out;
        }
    }

    private static double missingValue(Variable v) {
        Attribute a = v.findAttribute("_FillValue");
        if (a == null) {
            a = v.findAttribute("missing_value");
        }
        return a == null ? Double.NaN : a.getNumericValue().doubleValue();
    }

    /** The time stamps of a CDO output file, as CDO prints them ({@code 1981-01-30T12:00:00}). */
    static List<String> timestamps(Path file) throws IOException, InterruptedException {
        List<String> stamps = new ArrayList<>();
        for (String s : cdo("showtimestamp", file.toString()).trim().split("\\s+")) {
            if (!s.isBlank()) {
                stamps.add(s);
            }
        }
        return stamps;
    }
}
