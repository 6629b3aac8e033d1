package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code sluice run} on a pipeline written for one input and reads the CSV it wrote, with columns looked up
 * by name (the CSV has no quoted fields: labels, numbers and booleans only).
 *
 * @param header the column names in order
 * @param rows the data rows, split on commas
 */
record SluiceCsv(List<String> header, List<String[]> rows) {

    /**
     * Writes {@code NAME.yaml} in {@code dir} reading {@code variables} of {@code input}, splitting by
     * {@code split}, with one stage per entry of {@code stages} (YAML flow mappings without braces, such as
     * {@code type: std, group-by: season}), runs it and returns the output.
     */
    static SluiceCsv run(Path dir, String name, Path input, List<String> variables, String split, List<String> stages)
            throws IOException {
        Path output = dir.resolve(name + ".csv");
        Path pipeline = dir.resolve(name + ".yaml");
        List<String> lines = new ArrayList<>(List.of(
                "pipeline: " + name,
                "source: { type: netcdf, path: '" + input + "', variables: [" + String.join(", ", variables) + "] }",
                "split: { type: " + split + " }",
                "stages:"));
        stages.forEach(s -> lines.add("  - { " + s + " }"));
        lines.add("sink: { type: csv, path: '" + output + "' }");
        Files.write(pipeline, lines);
        Console console = Console.run("run", pipeline.toString(), "--parallelism", "3");
        assertThat(console.exitCode()).as("sluice run %s: %s", pipeline, console.err()).isZero();
        List<String> text = Files.readAllLines(output);
        List<String> header = List.of(text.get(0).split(",", -1));
        List<String[]> rows = text.stream().skip(1).map(l -> l.split(",", -1)).toList();
        rows.forEach(r -> assertThat(r).hasSameSizeAs(header));
        return new SluiceCsv(header, rows);
    }

    /** The index of column {@code name}; fails when there is none. */
    int column(String name) {
        int i = header.indexOf(name);
        assertThat(i).as("column %s in %s", name, header).isNotNegative();
        return i;
    }

    /** The values of column {@code name}, by row. */
    List<String> texts(String name) {
        int i = column(name);
        return rows.stream().map(r -> r[i]).toList();
    }

    /** Counts of rows by value of a column, for messages. */
    Map<String, Integer> tally(String name) {
        Map<String, Integer> out = new HashMap<>();
        texts(name).forEach(t -> out.merge(t, 1, Integer::sum));
        return out;
    }
}
