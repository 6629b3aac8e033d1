package io.sluice.csv;

import io.sluice.core.badrecord.BadRecordPolicy;
import io.sluice.core.config.Config;
import io.sluice.core.config.ConfigReader;
import io.sluice.core.data.ColumnType;
import io.sluice.core.spi.Source;
import io.sluice.core.spi.SourceFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates CSV sources (type id {@code csv}); found with {@link java.util.ServiceLoader}. Settings:
 * {@code path} (a file, a directory of {@code .csv} files or a glob; required), {@code delimiter} (default
 * {@code ,}), {@code quote} (default {@code "}; empty for none), {@code escape} and {@code comment} (none by
 * default), {@code header} (default true), {@code columns} (names), {@code null} (texts meaning missing),
 * {@code encoding} (default UTF-8), {@code trim} (default false), {@code skip-lines} (default 0),
 * {@code infer-rows} (default 10000), {@code part-size} (default 64 MiB), {@code types} (per column:
 * string, boolean, int, long, float, double, date, timestamp), {@code timezone} (default UTC), {@code on-error}
 * ({@code fail}, the default, {@code skip} or {@code quarantine}) and {@code max-errors} (a number of records
 * or a percentage of those read; no limit by default).
 *
 * <pre>{@code
 * source: {type: csv, path: data/obs.csv, delimiter: ";", null: [NA, "-"], types: {station: string}}
 * }</pre>
 */
public final class CsvSourceFactory implements SourceFactory {
    static final int DEFAULT_INFER_ROWS = 10_000;
    static final long DEFAULT_PART_SIZE = 64L << 20;
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMG]i?B|B)?", Pattern.CASE_INSENSITIVE);

    /** The factory; ServiceLoader calls this. */
    public CsvSourceFactory() {
    }

    @Override
    public String type() {
        return CsvSource.TYPE;
    }

    @Override
    public boolean canRead(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** {@code csv}; {@code tsv} files need {@code delimiter: "\t"}. */
    @Override
    public Set<String> extensions() {
        return Set.of("csv");
    }

    @Override
    public Source create(ConfigReader settings) {
        String path = settings.requiredString("path");
        Optional<Character> delimiter = character(settings, "delimiter", ',', false);
        Optional<Character> quote = character(settings, "quote", '"', true);
        Optional<Character> escape = character(settings, "escape", null, true);
        Optional<Character> comment = character(settings, "comment", null, true);
        boolean header = settings.bool("header", true);
        List<String> columns = settings.strings("columns", null);
        List<String> nulls = settings.strings("null", List.of());
        Charset charset = charset(settings);
        boolean trim = settings.bool("trim", false);
        int skipLines = (int) settings.integer("skip-lines", 0, 0, Integer.MAX_VALUE);
        int inferRows = (int) settings.integer("infer-rows", DEFAULT_INFER_ROWS, 1, Integer.MAX_VALUE);
        long partSize = partSize(settings);
        Map<String, ColumnType> types = types(settings);
        ZoneId zone = zone(settings);
        BadRecordPolicy badRecords = BadRecordPolicy.read(settings);
        boolean valid = delimiter != null && quote != null && escape != null && comment != null
                && distinct(settings, delimiter, quote, escape, comment);
        valid &= columns == null || distinctNames(settings, columns);
        if (path == null || !valid || charset == null || zone == null || types == null) {
            return null;
        }
        CsvDialect dialect = new CsvDialect(delimiter.orElseThrow(), quote.orElse(null), escape.orElse(null),
                comment.orElse(null), trim, charset, nulls.isEmpty() ? null : nulls.get(0));
        return new CsvFileSource(new CsvSourceSettings(settings.baseDirectory(), path, dialect, header, columns,
                nulls, skipLines, inferRows, partSize, types, zone, badRecords, settings.config()));
    }

    /** The character of {@code key}: empty when none is set (if allowed), null (and a problem) when invalid. */
    private static Optional<Character> character(ConfigReader settings, String key, Character fallback,
                                                 boolean mayBeNone) {
        String text = settings.string(key, fallback == null ? "" : String.valueOf(fallback));
        if (text.isEmpty() && mayBeNone) {
            return Optional.empty();
        }
        if (text.length() != 1 || text.charAt(0) == '\n' || text.charAt(0) == '\r') {
            settings.problem(key, "'" + printable(text) + "' is not one character; expected a single character"
                    + " other than a line break" + (mayBeNone ? ", or an empty text for none" : ""));
            return null;
        }
        return Optional.of(text.charAt(0));
    }

    @SafeVarargs
    private static boolean distinct(ConfigReader settings, Optional<Character>... chars) {
        String[] keys = {"delimiter", "quote", "escape", "comment"};
        boolean ok = true;
        for (int i = 0; i < chars.length; i++) {
            for (int k = 0; k < i; k++) {
                if (chars[i].isPresent() && chars[i].equals(chars[k])) {
                    settings.problem(keys[i], "'" + printable(String.valueOf(chars[i].get())) + "' is already the "
                            + keys[k] + "; expected a different character");
                    ok = false;
                }
            }
        }
        return ok;
    }

    private static Charset charset(ConfigReader settings) {
        String name = settings.string("encoding", "UTF-8");
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            settings.problem("encoding", "'" + name + "' is not an encoding this Java knows; expected one such as"
                    + " UTF-8, UTF-16, ISO-8859-1 or windows-1252");
            return null;
        }
    }

    private static long partSize(ConfigReader settings) {
        String text = settings.string("part-size", null);
        if (text == null) {
            return DEFAULT_PART_SIZE;
        }
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches() || Long.parseLong(m.group(1)) < 1) {
            settings.problem("part-size", "'" + text + "' is not a size; expected bytes such as 67108864 or"
                    + " 64MiB (B, KiB, MiB, GiB)");
            return DEFAULT_PART_SIZE;
        }
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
        int shift = switch (unit.charAt(0)) {
            case 'K' -> 10;
            case 'M' -> 20;
            case 'G' -> 30;
            default -> 0;
        };
        return Long.parseLong(m.group(1)) << shift;
    }

    private static Map<String, ColumnType> types(ConfigReader settings) {
        Config mapping = settings.mapping("types");
        Map<String, ColumnType> types = new LinkedHashMap<>();
        if (mapping == null) {
            return types;
        }
        List<String> names = List.of("string", "boolean", "int", "long", "float", "double", "date", "timestamp");
        boolean ok = true;
        for (String column : mapping.keys()) {
            Object value = mapping.get(column);
            String name = String.valueOf(value).toLowerCase(Locale.ROOT);
            if (value instanceof Config || value instanceof List || !names.contains(name)) {
                settings.problem("types", "column '" + column + "': '" + value + "' is not a column type; expected"
                        + " one of " + String.join(", ", names));
                ok = false;
            } else {
                types.put(column, ColumnType.valueOf(name.toUpperCase(Locale.ROOT)));
            }
        }
        return ok ? types : null;
    }

    private static ZoneId zone(ConfigReader settings) {
        String text = settings.string("timezone", "UTC");
        try {
            return text.equals("UTC") ? ZoneOffset.UTC : ZoneId.of(text);
        } catch (DateTimeException e) {
            settings.problem("timezone", "'" + text + "' is not a time zone; expected UTC, an offset such as +01:00"
                    + " or a region such as Europe/Paris");
            return null;
        }
    }

    private static boolean distinctNames(ConfigReader settings, List<String> columns) {
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < columns.size(); i++) {
            if (!seen.add(columns.get(i))) {
                settings.problem("columns[" + i + "]", "'" + columns.get(i) + "' is listed twice");
                ok = false;
            }
        }
        return ok;
    }

    private static String printable(String s) {
        return s.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }
}
