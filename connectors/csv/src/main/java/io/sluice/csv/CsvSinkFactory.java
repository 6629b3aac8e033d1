package io.sluice.csv;

import io.sluice.core.config.ConfigReader;
import io.sluice.core.spi.Sink;
import io.sluice.core.spi.SinkFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Creates CSV sinks (type id {@code csv}); found by {@link java.util.ServiceLoader}. Settings: {@code path}
 * (required, relative to the pipeline's folder), {@code delimiter} (one character, default {@code ,}, or a tab
 * when the path ends in {@code .tsv}),
 * {@code header} (default true), {@code null} (text for missing values, default empty), {@code overwrite}
 * (default true), {@code quote} (default {@code "}), {@code escape} (written before a quote inside quotes
 * instead of doubling it; none by default), {@code quote-mode} ({@code minimal}, {@code all} or
 * {@code non-numeric}; default minimal), {@code record-separator} ({@code lf} or {@code crlf}; default lf) and
 * {@code encoding} (default UTF-8).
 *
 * <pre>{@code
 * # pipeline.yaml
 * sink: {type: csv, path: out/tas.csv, delimiter: ";", null: NA, quote-mode: non-numeric, record-separator: crlf}
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
        String quote = settings.string("quote", "\"");
        String escape = settings.string("escape", "");
        String mode = settings.choice("quote-mode", "minimal", List.of("minimal", "all", "non-numeric"));
        String separator = settings.choice("record-separator", "lf", List.of("lf", "crlf"));
        Charset charset = charset(settings);
        boolean valid = path != null && charset != null;
        if (path != null && (path.getFileName() == null || java.nio.file.Files.isDirectory(path))) {
            settings.problem("path", "'" + path + "' is " + (path.getFileName() == null ? "not a file path"
                    : "a directory") + "; expected the CSV file to write");
            valid = false;
        }
        if (quote.length() != 1 || quote.charAt(0) == '\n' || quote.charAt(0) == '\r') {
            settings.problem("quote", "'" + printable(quote) + "' is not a valid quote; expected one character"
                    + " other than a line break, such as '\"' or \"'\"");
            valid = false;
        }
        char q = quote.length() == 1 ? quote.charAt(0) : '"';
        if (escape.length() > 1 || (escape.length() == 1 && (isReserved(escape.charAt(0), q)
                || (!delimiter.isEmpty() && escape.charAt(0) == delimiter.charAt(0))))) {
            settings.problem("escape", "'" + printable(escape) + "' is not a valid escape; expected one character"
                    + " other than the quote, the delimiter or a line break, such as '\\', or none");
            valid = false;
        }
        if (delimiter.length() != 1 || isReserved(delimiter.charAt(0), q)) {
            settings.problem("delimiter", "'" + printable(delimiter) + "' is not a valid delimiter; expected one"
                    + " character other than a quote or line break, such as ',' or ';' or a tab");
            valid = false;
        } else if (containsAny(nullText, delimiter.charAt(0), q)) {
            settings.problem("null", "'" + printable(nullText) + "' cannot stand for a missing value because it"
                    + " contains the delimiter, a quote or a line break; expected text such as NA or an empty text");
            valid = false;
        }
        if (!valid) {
            return null;
        }
        QuoteMode quoteMode = QuoteMode.valueOf(mode.toUpperCase(Locale.ROOT).replace('-', '_'));
        return new CsvFileSink(new CsvSettings(path, delimiter.charAt(0), header, nullText, overwrite, q,
                escape.isEmpty() ? (char) 0 : escape.charAt(0), quoteMode, separator.equals("crlf") ? "\r\n" : "\n",
                charset));
    }

    /** {@code csv}, and {@code tsv} (tab-separated by default). */
    @Override
    public Set<String> extensions() {
        return Set.of("csv", "tsv");
    }

    /** The encoding; UTF-16 is written big endian without byte order marks, so that parts can be joined. */
    private static Charset charset(ConfigReader settings) {
        String name = settings.string("encoding", "UTF-8");
        try {
            Charset charset = Charset.forName(name);
            if (!charset.canEncode()) {
                throw new IllegalArgumentException(name);
            }
            return charset.equals(StandardCharsets.UTF_16) ? StandardCharsets.UTF_16BE : charset;
        } catch (IllegalArgumentException e) {
            settings.problem("encoding", "'" + name + "' is not an encoding this Java can write; expected one such"
                    + " as UTF-8, UTF-16, ISO-8859-1 or windows-1252");
            return null;
        }
    }

    private static boolean isReserved(char c, char quote) {
        return c == quote || c == '\n' || c == '\r';
    }

    private static boolean containsAny(String text, char delimiter, char quote) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == delimiter || isReserved(c, quote)) {
                return true;
            }
        }
        return false;
    }

    private static String printable(String s) {
        return s.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }
}
