package io.sluice.netcdf.sink;

import io.sluice.core.sink.SafePaths;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How records are spread over files: all in one file ({@code single}, like {@code cdo seasmean}), one file per
 * season ({@code per-season}, like {@code cdo splitseas}) or one per season and year ({@code per-season-year},
 * {@code tas_DJF-2001.nc}). File names come from the path with {@code ${label}} placeholders replaced by the
 * chunk's labels (each escaped as one file name segment with {@link SafePaths#segment}, so no label can lead
 * outside the folder); a per-season path without placeholders gets {@code _${season}} (or
 * {@code _${season}-${year}}) before its extension.
 *
 * <pre>{@code
 * FileLayout.PER_SEASON.pattern("tas.nc")            // "tas_${season}.nc"
 * FileLayout.fileName("tas_${season}.nc", labels)    // "tas_DJF.nc"
 * }</pre>
 */
enum FileLayout {
    /** Every record in the one file named by the path. */
    SINGLE("single", ""),
    /** One file per season, holding every year's records of that season. */
    PER_SEASON("per-season", "_${season}"),
    /** One file per season of each year. */
    PER_SEASON_YEAR("per-season-year", "_${season}-${year}");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_-]+)}");

    private final String id;
    private final String suffix;

    FileLayout(String id, String suffix) {
        this.id = id;
        this.suffix = suffix;
    }

    /** The setting's value, such as {@code per-season}. */
    String id() {
        return id;
    }

    /** The layout named {@code id}, or null. */
    static FileLayout of(String id) {
        for (FileLayout l : values()) {
            if (l.id.equals(id.toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        return null;
    }

    /** The file name pattern for a configured file name: placeholders added when it has none. */
    String pattern(String fileName) {
        if (this == SINGLE || PLACEHOLDER.matcher(fileName).find()) {
            return fileName;
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) + suffix + fileName.substring(dot) : fileName + suffix;
    }

    /** The labels a pattern uses, for checks. */
    static boolean usesPlaceholders(String pattern) {
        return PLACEHOLDER.matcher(pattern).find();
    }

    /** Throws when the pattern uses a label not among {@code labels}, naming the labels there are. */
    static void checkLabels(String shown, String pattern, List<String> labels) throws IOException {
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            if (!labels.contains(m.group(1))) {
                throw new IOException(shown + ": the file name uses ${" + m.group(1) + "} but the results"
                        + " carry only the labels " + labels + " (a group-by pools the other labels); use one of"
                        + " them, or another layout");
            }
        }
    }

    /**
     * The pattern with every {@code ${label}} replaced by the label's value; throws when a label is missing,
     * naming the labels the chunks have.
     */
    static String fileName(String pattern, Map<String, String> labels) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = labels.get(m.group(1));
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("the file name '" + pattern + "' uses ${" + m.group(1)
                        + "} but the results have no such label; their labels: " + labels.keySet());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(SafePaths.segment(value)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
