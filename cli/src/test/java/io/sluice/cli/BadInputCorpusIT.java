package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.sink.RunIdentity;
import io.sluice.core.sink.RunManifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad NetCDF, CSV and Parquet files, bad pipelines, bad command lines and bad output targets, each run through
 * the command line:
 * every one gives exit code 1 or 2, exactly one line on standard error that names the place and says what was
 * expected, no stack trace, no report, no output file, no staging left behind, and every input file keeps its
 * bytes.
 */
class BadInputCorpusIT {
    private static final Path TESTDATA = Path.of("../testdata").toAbsolutePath().normalize();
    private static final String CLASSIC = "tas_daily_small.nc";
    private static final String NETCDF4 = "tas_daily_small_nc4.nc";
    private static final Pattern FAILED_RUN = Pattern.compile("sluice: run \\d{8}-\\d{6}-[0-9a-f]{6}: ");

    /** One bad input: its name, how to make it in a folder (returns the arguments), the exit code and message. */
    record Case(String name, Setup setup, int exit, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Setup {
        String[] make(Path dir) throws Exception;
    }

    @FunctionalInterface
    interface Maker {
        void make(Path dir) throws Exception;
    }

    static List<Case> corpus() {
        List<Case> c = new ArrayList<>();
        // NetCDF files
        c.add(netcdf("truncated classic header", d -> copyHead(d, CLASSIC, 1000), 1,
                "bad.nc: the file ends inside its header (is it truncated?)"));
        c.add(netcdf("truncated classic data", d -> copyHead(d, CLASSIC, 200_000), 1,
                "bad.nc: unexpected end of file: time steps 0..1460 need bytes up to 316,568 but the file has 200,000"
                        + " bytes (is it truncated?)"));
        c.add(netcdf("truncated NetCDF-4", d -> copyHead(d, NETCDF4, 100_000), 1,
                "bad.nc: cannot be opened as NetCDF-4: File is truncated"));
        c.add(netcdf("empty file", d -> Files.write(d.resolve("bad.nc"), new byte[0]), 2,
                "source.path: bad.nc: is not a NetCDF file (it starts with neither 'CDF' nor '\\211HDF'); expected"
                        + " NetCDF-3 or NetCDF-4"));
        c.add(netcdf("directory", d -> Files.createDirectory(d.resolve("bad.nc")), 2, "source.path: bad.nc: is not a file"));
        c.add(netcdf("text named .nc", d -> Files.writeString(d.resolve("bad.nc"), "time,tas\n1,2\n"), 2,
                "source.path: bad.nc: is not a NetCDF file"));
        c.add(netcdf("classic file labelled CDF-5", d -> patch(d, CLASSIC, 3, (byte) 5), 2,
                "source.path: bad.nc: is CDF-5 (64-bit data), which this reader cannot read"));
        c.add(netcdf("classic file labelled 64-bit offset", d -> patch(d, CLASSIC, 3, (byte) 2), 1,
                "bad.nc: cannot be opened as NetCDF-3 64-bit offset: NetCDF-3 header is damaged"));
        c.add(netcdf("classic header with zeros", d -> zero(d, CLASSIC, 10, 60), 2,
                "source: bad.nc has no variables along a time axis; name them with 'variables'"));
        c.add(netcdf("corrupt classic header", d -> count(d, CLASSIC, 10, 60), 1,
                "bad.nc: cannot be opened as NetCDF-3 classic: NetCDF-3 header is damaged"));
        c.add(netcdf("corrupt NetCDF-4 metadata", d -> zero(d, NETCDF4, 2000, 6000), 1,
                "bad.nc: cannot be opened as NetCDF-4"));
        c.add(new Case("missing file", d -> pipeline(d, "{ type: netcdf, path: none.nc }", "{ type: csv, path: out/r.csv }"),
                2, "source.path: none.nc: no such file"));
        c.add(new Case("missing variable", d -> pipeline(d, "{ type: netcdf, path: " + TESTDATA.resolve(CLASSIC)
                + ", variables: [pr] }", "{ type: csv, path: out/r.csv }"), 2, "source.variables[0]: 'pr' is not in"));
        c.add(new Case("variable without the time dimension", d -> pipeline(d, "{ type: netcdf, path: "
                + TESTDATA.resolve(CLASSIC) + ", variables: [lat] }", "{ type: csv, path: out/r.csv }"), 2,
                "source.variables[0]: 'lat' does not have time ('time') as its first dimension; its dimensions are (lat)"));
        // pipeline files
        c.add(yaml("unknown top-level key", "sinks: 1\n", 2, "p.yaml:4:1 sinks: unknown key; expected one of pipeline,"
                + " source, split, stages, sink, schedule, retries. Did you mean 'sink'?"));
        c.add(yaml("unknown sink key", null, "{ type: csv, path: out/r.csv, delimter: ';' }", 2,
                "sink.delimter: unknown key; expected one of type, path, delimiter, header, null, overwrite, quote, escape,"
                        + " quote-mode, record-separator, encoding. Did you mean 'delimiter'?"));
        c.add(yaml("wrong type", null, "{ type: csv, path: out/r.csv, header: maybe }", 2,
                "sink.header: expected true or false, got 'maybe'"));
        c.add(raw("tab indentation", "pipeline: t\nsource:\n\ttype: netcdf\n", 2,
                "p.yaml:3:1 not valid YAML: found character '\\t(TAB)' that cannot start any token"));
        c.add(yaml("duplicate key", null, "{ type: csv, path: out/r.csv, path: out/s.csv }", 2,
                "sink.path: duplicate key; each setting may appear once"));
        c.add(yaml("Java type tag", null, "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader"
                + " [[!!java.net.URL [\"http://localhost/\"]]]]", 2,
                "sink: type tags such as 'tag:yaml.org,2002:javax.script.ScriptEngineManager' are not allowed"));
        c.add(raw("type tag on the name", "pipeline: !!java.lang.Runtime t\nsource: " + source()
                + "\nsink: { type: csv, path: out/r.csv }\n", 2,
                "p.yaml:1:11 pipeline: type tags such as 'tag:yaml.org,2002:java.lang.Runtime' are not allowed"));
        c.add(raw("alias bomb", aliasBomb(), 2,
                "not valid YAML: Number of aliases for non-scalar nodes exceeds the specified max=20"));
        c.add(raw("huge document", "pipeline: t\n#" + "x".repeat(1 << 20) + "\n", 2,
                "p.yaml: is 1048590 bytes; a pipeline file may have at most 1048576"));
        c.add(yaml("too many values", "{ type: netcdf, path: x.nc, variables: [" + "v,".repeat(100_001) + "v] }",
                "{ type: csv, path: out/r.csv }", 2, "the document has more than 100000 values; a pipeline file is"
                        + " expected to be small"));
        c.add(new Case("not UTF-8", d -> new String[] {"run", write(d, "p.yaml", new byte[] {'p', ':', ' ', (byte) 0xFF,
                (byte) 0xFE, '\n'})},
                2, "p.yaml: is not UTF-8 text"));
        c.add(raw("a list instead of a mapping", "- source\n- sink\n", 2,
                "p.yaml:1:1 expected a mapping with keys pipeline, source, split, stages, sink, schedule, retries, got a"
                + " list"));
        c.add(raw("empty pipeline file", "", 2, "p.yaml: is empty; expected keys pipeline, source, split, stages,"
                + " sink, schedule, retries"));
        c.add(raw("unclosed brace", "pipeline: t\nsource: { type: netcdf\nsink: { type: csv }\n", 2,
                "p.yaml:3:5 not valid YAML: expected ',' or '}', but got :"));
        c.add(yaml("unset environment variable", "{ type: netcdf, path: \"${env:SLUICE_SURELY_UNSET}/x.nc\" }",
                "{ type: csv, path: out/r.csv }", 2, "source.path: environment variable SLUICE_SURELY_UNSET is not set"
                        + " (used as ${env:SLUICE_SURELY_UNSET}); set it or write the value"));
        c.add(yaml("retries out of range", "retries: { max: -1 }\n", 2,
                "p.yaml:4:12 retries.max: -1 is out of range; expected 0 to 100"));
        c.add(yaml("retry backoff not a range", "retries: { backoff: soon }\n", 2,
                "retries.backoff: 'soon' is not a backoff range; expected FIRST..MAX such as 200ms..10s"));
        c.add(new Case("pipeline file is a directory", d -> new String[] {"run", Files.createDirectory(d.resolve("p.yaml"))
                .toString()}, 2, "p.yaml: is a directory; expected a pipeline file (.yaml)"));
        c.add(new Case("no pipeline file", d -> new String[] {"run", d.resolve("p.yaml").toString()}, 2,
                "p.yaml: no such file"));
        // command lines
        c.add(cli("zero workers", 2, "sluice: --parallelism must be between 1 and 1024, got 0", "--parallelism", "0"));
        c.add(cli("too many retries", 2, "sluice: --retries must be between 0 and 100, got 101", "--retries", "101"));
        c.add(cli("backoff upside down", 2, "sluice: --retry-backoff: backoff 10000ms..1000ms: expected the first wait to"
                + " be at most the longest", "--retry-backoff", "10s..1s"));
        c.add(cli("unknown option", 2, "sluice: Unknown option: '--bogus'", "--bogus"));
        c.add(new Case("unknown command", d -> new String[] {"frobnicate"}, 2,
                "sluice: Unmatched argument at index 0: 'frobnicate'"));
        c.add(new Case("missing pipeline argument", d -> new String[] {"run"}, 2,
                "sluice: Missing required parameter: 'PIPELINE'"));
        // output targets
        c.add(target("target is a directory", d -> Files.createDirectories(d.resolve("out/r.csv")), 2,
                "sink.path: '%s' is a directory; expected the CSV file to write"));
        c.add(target("target's folder is a file", d -> write(d, "out", "not a folder".getBytes()), 1,
                "sluice: %s: already exists (and is not a directory where a folder was expected)"));
        c.add(target("target is a symbolic link", d -> Files.createSymbolicLink(Files.createDirectories(d.resolve("out"))
                .resolve("r.csv"), d.resolve("p.yaml")), 1, "sluice: %s: is not a regular file (a symbolic link)"));
        c.add(target("target is a pipe", d -> mkfifo(Files.createDirectories(d.resolve("out")).resolve("r.csv")), 1,
                "sluice: %s: is not a regular file (a device, pipe or socket)"));
        c.add(new Case("target in a folder nobody can write to", d -> pipeline(d, source(),
                "{ type: csv, path: /proc/sluice-r.csv }"), 1, "sluice: /proc/sluice-r.csv: cannot write beside the target"
                + " (creating .sluice-r.csv.sluice-staging: no such file or directory); expected a folder this user can"
                + " write to"));
        c.add(new Case("target exists and overwrite is false", d -> {
            write(Files.createDirectories(d.resolve("out")), "r.csv", "keep\n".getBytes());
            return pipeline(d, source(), "{ type: csv, path: out/r.csv, overwrite: false }");
        }, 1, "out/r.csv: already exists and overwrite is false; remove it or set overwrite: true"));
        c.add(new Case("resume across a changed pipeline", d -> {
            Path staging = Files.createDirectories(d.resolve("out/.r.csv.sluice-staging"));
            RunManifest.create(staging.resolve("manifest"), new RunIdentity("0123456789abcdef", List.of()), List.of())
                    .close();
            String[] args = pipeline(d, source(), "{ type: csv, path: out/r.csv }");
            return new String[] {args[0], args[1], "--resume"};
        }, 1, "out/r.csv: the pipeline changed since the interrupted run (hash 0123456789ab -> "));
        // CSV files
        c.add(table("ragged CSV row", "csv", "bad.csv", d -> write(d, "bad.csv", "a,b\n1,2\n3\n".getBytes()), "", 1,
                "sluice: bad.csv:3: 1 field, but the header has 2 columns (a, b); every row must have as many fields as"
                        + " the header"));
        c.add(table("unterminated CSV quote", "csv", "bad.csv", d -> write(d, "bad.csv", "a,b\n1,\"x\n2,3\n".getBytes()),
                "", 1, "sluice: bad.csv:2: a quoted field that starts on this line is not closed before the end of the"
                        + " file; expected a closing \""));
        c.add(table("invalid UTF-8 in CSV", "csv", "bad.csv", d -> write(d, "bad.csv",
                new byte[] {'a', ',', 'b', '\n', '1', ',', (byte) 0xFF, (byte) 0xFE, '\n'}), "", 1,
                "sluice: bad.csv:2: byte 6 (0xFF) is not valid UTF-8; set encoding: to the file's encoding, such as"
                        + " ISO-8859-1 or windows-1252"));
        c.add(table("empty CSV file", "csv", "bad.csv", d -> write(d, "bad.csv", new byte[0]), "", 1,
                "sluice: bad.csv: is empty; expected a header line with the column names"));
        c.add(table("CSV path is a directory", "csv", "bad.csv", d -> Files.createDirectory(d.resolve("bad.csv")), "", 1,
                "sluice: bad.csv: is a directory without .csv files"));
        c.add(table("CSV column name that is not in the file", "csv", "bad.csv",
                d -> write(d, "bad.csv", "a,b\n1,2\n".getBytes()), ", types: { nope: double }", 2,
                "source.types: no column named nope; the columns are a, b"));
        // Parquet files
        c.add(table("truncated Parquet file", "parquet", "bad.parquet", d -> parquet(d, b -> java.util.Arrays.copyOf(b,
                b.length / 2)), "", 1, "bad.parquet: not a readable Parquet file: not a Parquet file (expected magic"
                + " number at tail"));
        c.add(table("corrupt Parquet pages and footer", "parquet", "bad.parquet", d -> parquet(d, b -> {
            java.util.Arrays.fill(b, 4, Math.min(200, b.length - 8), (byte) 0);
            return b;
        }), "", 1, "bad.parquet: not a readable Parquet file: "));
        c.add(table("CSV text named .parquet", "parquet", "bad.parquet", d -> write(d, "bad.parquet",
                "a,b\n1,2\n".getBytes()), "", 1, "bad.parquet: not a readable Parquet file: not a Parquet file"
                + " (length is too low: 8)"));
        c.add(table("empty Parquet file", "parquet", "bad.parquet", d -> write(d, "bad.parquet", new byte[0]), "", 1,
                "bad.parquet: not a readable Parquet file: not a Parquet file (length is too low: 0)"));
        c.add(table("Parquet path is an empty directory", "parquet", "bad.parquet",
                d -> Files.createDirectory(d.resolve("bad.parquet")), "", 1,
                "bad.parquet: no Parquet files (*.parquet) in this directory"));
        c.add(table("Parquet column name that is not in the file", "parquet", "bad.parquet",
                d -> parquet(d, b -> b), ", columns: [nope]", 2,
                "source.columns[0]: 'nope' is not a column of "));
        c.add(new Case("Parquet partition column that is not in the output", d -> {
            write(d, "t.csv", "a,b\n1,2\n".getBytes());
            return pipeline(d, "{ type: csv, path: t.csv }", "{ type: parquet, path: out/r, partition-by: [nope] }");
        }, 1, "write failed: partition-by column 'nope' is not in the output; its columns are a, b"));
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void badInputGivesOneClearLineTheExitCodeAndNoOutput(Case bad, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        String[] args = bad.setup().make(dir);
        Map<String, String> before = hashes(dir);

        Console c = Console.run(args);

        String expected = bad.message().contains("%s") ? String.format(bad.message(), dir.resolve("out/r.csv"))
                : bad.message();
        if (bad.name().equals("target's folder is a file")) {
            expected = String.format(bad.message(), dir.resolve("out"));
        }
        assertThat(c.exitCode()).as(c.err()).isEqualTo(bad.exit());
        // one line for the problem; a run that got as far as its plan has said so in a progress line before
        assertThat(c.errLinesBesidesInfo()).as(c.err()).hasSize(1);
        // a run that failed names itself, as `sluice history` lists it; an invalid pipeline or command line ran nothing
        Matcher run = FAILED_RUN.matcher(c.errLinesBesidesInfo().get(0));
        assertThat(run.lookingAt()).as(c.err()).isEqualTo(bad.exit() == 1);
        String line = run.replaceFirst("sluice: ");
        assertThat(line).contains(expected);
        assertThat(c.err()).doesNotContain("Exception", "\tat ");
        assertThat(c.out()).isEmpty();
        assertThat(hashes(dir)).as("input bytes, and no file written").isEqualTo(before);
    }

    private static Case netcdf(String name, Maker makeBadNc, int exit, String message) {
        return new Case(name, d -> {
            makeBadNc.make(d);
            return pipeline(d, "{ type: netcdf, path: bad.nc }", "{ type: csv, path: out/r.csv }",
                    "split: { type: season }\nstages:\n  - { type: mean, over: time }\n");
        }, exit, message);
    }

    private static Case yaml(String name, String extra, int exit, String message) {
        return new Case(name, d -> pipeline(d, source(), "{ type: csv, path: out/r.csv }", extra), exit, message);
    }

    private static Case yaml(String name, String source, String sink, int exit, String message) {
        return new Case(name, d -> pipeline(d, source == null ? source() : source, sink), exit, message);
    }

    private static Case raw(String name, String text, int exit, String message) {
        return new Case(name, d -> new String[] {"run", write(d, "p.yaml", text.getBytes(StandardCharsets.UTF_8))},
                exit, message);
    }

    private static Case cli(String name, int exit, String message, String... options) {
        return new Case(name, d -> {
            String[] p = pipeline(d, source(), "{ type: csv, path: out/r.csv }");
            return Stream.concat(Stream.of(p), Stream.of(options)).toArray(String[]::new);
        }, exit, message);
    }

    private static Case target(String name, Maker makeTarget, int exit, String message) {
        return new Case(name, d -> {
            String[] args = pipeline(d, source(), "{ type: csv, path: out/r.csv }");
            makeTarget.make(d);
            return args;
        }, exit, message);
    }

    /** A run reading {@code file} (made by {@code make}) with a source of {@code type} and {@code extra} settings. */
    private static Case table(String name, String type, String file, Maker make, String extra, int exit,
                              String message) {
        return new Case(name, d -> {
            make.make(d);
            return pipeline(d, "{ type: " + type + ", path: " + file + extra + " }", "{ type: csv, path: out/r.csv }");
        }, exit, message);
    }

    /** Writes {@code bad.parquet}: a two-row Parquet file written by {@code sluice convert}, then changed. */
    private static Path parquet(Path d, java.util.function.UnaryOperator<byte[]> change) throws IOException {
        Path csv = Files.writeString(d.resolve("t.csv"), "a,b\n1,2\n3,4\n");
        Path made = d.resolve("t.parquet");
        Console c = Console.run("convert", csv.toString(), made.toString(), "--to", "parquet");
        assertThat(c.exitCode()).as(c.err()).isZero();
        byte[] bytes = change.apply(Files.readAllBytes(made));
        Files.delete(made);
        Files.delete(csv);
        return Files.write(d.resolve("bad.parquet"), bytes);
    }

    private static String source() {
        return "{ type: netcdf, path: " + TESTDATA.resolve(CLASSIC) + " }";
    }

    private static String[] pipeline(Path d, String source, String sink) throws IOException {
        return pipeline(d, source, sink, null);
    }

    private static String[] pipeline(Path d, String source, String sink, String extra) throws IOException {
        String text = "pipeline: t\nsource: " + source + "\nsink: " + sink + "\n" + (extra == null ? "" : extra);
        return new String[] {"run", write(d, "p.yaml", text.getBytes(StandardCharsets.UTF_8))};
    }

    private static String write(Path d, String name, byte[] bytes) throws IOException {
        return Files.write(d.resolve(name), bytes).toString();
    }

    private static Path copyHead(Path d, String fixture, int bytes) throws IOException {
        byte[] all = Files.readAllBytes(TESTDATA.resolve(fixture));
        return Files.write(d.resolve("bad.nc"), java.util.Arrays.copyOf(all, bytes));
    }

    private static Path patch(Path d, String fixture, int at, byte value) throws IOException {
        byte[] all = Files.readAllBytes(TESTDATA.resolve(fixture));
        all[at] = value;
        return Files.write(d.resolve("bad.nc"), all);
    }

    private static Path zero(Path d, String fixture, int from, int to) throws IOException {
        byte[] all = Files.readAllBytes(TESTDATA.resolve(fixture));
        java.util.Arrays.fill(all, from, to, (byte) 0);
        return Files.write(d.resolve("bad.nc"), all);
    }

    private static Path count(Path d, String fixture, int from, int to) throws IOException {
        byte[] all = Files.readAllBytes(TESTDATA.resolve(fixture));
        for (int i = from; i < to; i++) {
            all[i] = (byte) (i - from);
        }
        return Files.write(d.resolve("bad.nc"), all);
    }

    private static String aliasBomb() {
        StringBuilder b = new StringBuilder("pipeline: t\na: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char n = 'b'; n <= 'j'; n++) {
            char p = (char) (n - 1);
            b.append(n).append(": &").append(n).append(" [").append(("*" + p + ", ").repeat(8)).append('*').append(p)
                    .append("]\n");
        }
        return b.toString();
    }

    private static Path mkfifo(Path path) throws Exception {
        Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor()).as(new String(p.getInputStream().readAllBytes())).isZero();
        return path;
    }

    /**
     * SHA-256 of every regular file under {@code dir}, by path; links and pipes are listed without content, folders
     * not at all (an emptied output folder is no output), nor the lock file of a staging folder kept for resume,
     * nor the run history and reports in {@code .sluice/} (a failed run is recorded there on purpose).
     */
    private static Map<String, String> hashes(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                String key = dir.relativize(p).toString();
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        || key.endsWith(".sluice-staging/lock") || key.startsWith(".sluice/")) {
                    continue;
                }
                if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    out.put(key, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(Files.readAllBytes(p))));
                } else {
                    out.put(key, Files.isSymbolicLink(p) ? "link" : "special");
                }
            }
        }
        return out;
    }
}
