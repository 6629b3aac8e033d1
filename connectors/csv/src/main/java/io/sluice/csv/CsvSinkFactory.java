package io.sluice.csv;

import io.sluice.core.config.ConfigReader;
import io.sluice.core.spi.Sink;
import io.sluice.core.spi.SinkFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Creates CSV sinks (type id {@code csv}); found by {@link java.util.ServiceLoader}. Settings: {@code path}
 * (required, relative to the pipeline's folder), {@code delimiter} (one character, default {@code ,}, or a tab
 * when the path ends in {@code .tsv}),
 * {@code header} (default true), {@code null} (text for missing values, default empty) and {@code overwrite}
 * (default true).
 *
 * <pre>{@code
 * # pipeline.yaml
 * sink: {type: csv, path: out/tas.csv, delimiter: ";", null: NA, overwrite: false}
 *
 * // Java
 * ConfigReader reader = new ConfigReader(CsvSink.at("out/tas.csv"), problems, baseDirectory);
 * Sink sink = new CsvSinkFactory().create(reader);
 * reader.finish();
 * }</pre>
 */
public final class CsvSinkFactory implements SinkFactory {
    /** The type id of the CSV sink. */
    public static final String TYPE = "csv";

    /** The factory; ServiceLoader calls this. */
    public CsvSinkFactory() {
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Sink create(ConfigReader settings) {
        Path path = settings.file("path");
        boolean tabs = path != null && path.toString().toLowerCase(Locale.ROOT).endsWith(".tsv");
        String delimiter = settings.string("delimiter", tabs ? "\t" : ",");
        boolean header = settings.bool("header", true);
        String nullText = settings.string("null", "");
        boolean overwrite = settings.bool("overwrite", true);
        boolean valid = path != null;
        if (path != null && (path.getFileName() == null || java.nio.file.Files.isDirectory(path))) {
            settings.problem("path", "'" + path + "' is " + (path.getFileName() == null ? "not a file path"
                    : "a directory") + "; expected the CSV file to write");
            valid = false;
        }
        if (delimiter.length() != 1 || isReserved(delimiter.charAt(0))) {
            settings.problem("delimiter", "'" + printable(delimiter) + "' is not a valid delimiter; expected one"
                    + " character other than a quote or line break, such as ',' or ';' or a tab");
            valid = false;
        } else if (containsAny(nullText, delimiter.charAt(0))) {
            settings.problem("null", "'" + printable(nullText) + "' cannot stand for a missing value because it"
                    + " contains the delimiter, a quote or a line break; expected text such as NA or an empty text");
            valid = false;
        }
        return valid ? new CsvFileSink(new CsvSettings(path, delimiter.charAt(0), header, nullText, overwrite))
                : null;
    }

    /** {@code csv}, and {@code tsv} (tab-separated by default). */
    @Override
    public Set<String> extensions() {
        return Set.of("csv", "tsv");
    }

    private static boolean isReserved(char c) {
        return c == '"' || c == '\n' || c == '\r';
    }

    private static boolean containsAny(String text, char delimiter) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == delimiter || isReserved(c)) {
                return true;
            }
        }
        return false;
    }

    private static String printable(String s) {
        return s.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }
}
