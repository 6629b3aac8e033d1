package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a Debian tool the tests compare against (ncdump, python3 with xarray); a missing tool fails the test. */
final class ExternalTool {
    /** Debian's python, which has xarray and netCDF4 (python3-xarray, python3-netcdf4). */
    static final String PYTHON = "/usr/bin/python3";

    private ExternalTool() {
    }

    /** Runs {@code command} and returns its standard output; fails the test on a non-zero exit. */
    static String run(String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is needed for this test and is not installed"
                    + " (scripts/install-test-tools.sh installs it): " + e.getMessage(), e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", List.of(command)).isTrue();
        assertThat(p.exitValue()).as("%s exited with: %s", List.of(command), out).isZero();
        return out;
    }

    /**
     * Opens {@code file} with xarray (times not decoded: xarray 2023.01 cannot decode year 0) and prints, per
     * variable, its name, dimensions and the sum and count of its valid values.
     */
    static String xarraySummary(String file) throws IOException, InterruptedException {
        String script = "import sys, xarray as xr\n"
                + "d = xr.open_dataset(sys.argv[1], decode_times=False)\n"
                + "for n in sorted(d.data_vars):\n"
                + "    v = d[n]\n"
                + "    print(n, ','.join(v.dims), repr(float(v.sum())), int(v.count()))\n";
        return run(PYTHON, "-c", script, file);
    }

    /**
     * Opens every file with xarray, decoding CF times (and bounds, climatology bounds) unless {@code decodeTimes}
     * is false (year 0), and prints per file its name, the number of time steps and the first time.
     */
    static String xarrayTimes(boolean decodeTimes, String time, List<String> files)
            throws IOException, InterruptedException {
        String script = "import sys, xarray as xr\n"
                + "for f in sys.argv[3:]:\n"
                + "    d = xr.open_dataset(f, decode_times=sys.argv[1] == 'yes')\n"
                + "    t = d[sys.argv[2]]\n"
                + "    print(f, t.size, t.values[0])\n";
        List<String> command = new java.util.ArrayList<>(List.of(PYTHON, "-c", script, decodeTimes ? "yes" : "no",
                time));
        command.addAll(files);
        return run(command.toArray(String[]::new));
    }
}
