package io.sluice.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Command-line entry that regenerates the committed fixtures, or writes the large benchmark file.
 *
 * <pre>{@code
 * GenerateFixtures                  # into ./testdata if it exists (repository root), else into .
 * GenerateFixtures DIR              # into DIR
 * GenerateFixtures --large PATH     # the ~0.92 GB daily 73 x 144 x 30-year file, written record by record
 * }</pre>
 *
 * <p>After the NetCDF-3 files, {@code tas_daily_small_nc4.nc} is made with
 * {@code nccopy -k nc4 -d 1 tas_daily_small.nc tas_daily_small_nc4.nc} when {@code nccopy} is on the PATH
 * (netcdf-java 4.5.5 cannot write NetCDF-4 by itself); otherwise a note says it was skipped.
 * Exit codes: 0 success, 1 failure, 2 bad command line.
 */
public final class GenerateFixtures {
  private static final String USAGE = "usage: GenerateFixtures [DIR] | --large PATH";

  private GenerateFixtures() {
  }

  /** Runs the command; see the class comment for the arguments. Exits the JVM only on failure. */
  public static void main(String[] args) {
    int code = run(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs the command and returns the exit code instead of exiting. */
  public static int run(String[] args) {
    try {
      if (args.length == 2 && args[0].equals("--large")) {
        Path target = Path.of(args[1]);
        FixtureWriter.write(Fixtures.large(), target);
        System.out.println("wrote " + target + " (" + Files.size(target) + " bytes)");
        return 0;
      }
      if (args.length > 1 || (args.length == 1 && args[0].startsWith("-"))) {
        System.err.println(USAGE);
        return 2;
      }
      Path dir = args.length == 1 ? Path.of(args[0]) : defaultDirectory();
      writeCommitted(dir);
      return 0;
    } catch (IOException | InterruptedException e) {
      System.err.println("GenerateFixtures: " + e.getMessage());
      return 1;
    }
  }

  /** Writes every committed fixture into {@code dir}, then the NetCDF-4 copy when nccopy is available. */
  public static void writeCommitted(Path dir) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    for (GridFixture f : Fixtures.committed()) {
      Path target = dir.resolve(f.name() + ".nc");
      FixtureWriter.write(f, target);
      System.out.println("wrote " + target);
    }
    writeNetcdf4Copy(dir);
  }

  private static void writeNetcdf4Copy(Path dir) throws IOException, InterruptedException {
    Path target = dir.resolve("tas_daily_small_nc4.nc");
    List<String> command = List.of("nccopy", "-k", "nc4", "-d", "1",
        dir.resolve("tas_daily_small.nc").toString(), target.toString());
    Process p;
    try {
      p = new ProcessBuilder(command).inheritIO().start();
    } catch (IOException e) {
      System.out.println("skipped " + target + ": nccopy is not on the PATH (apt-get install netcdf-bin)");
      return;
    }
    int code = p.waitFor();
    if (code != 0) {
      throw new IOException(String.join(" ", command) + " exited with code " + code);
    }
    System.out.println("wrote " + target + " with: " + String.join(" ", command));
  }

  private static Path defaultDirectory() {
    Path module = Path.of("testdata");
    return Files.isRegularFile(module.resolve("pom.xml")) ? module : Path.of(".");
  }
}
