package io.sluice.core.badrecord;

import io.sluice.core.config.ConfigReader;
import java.util.List;
import java.util.Locale;

/**
 * A source's {@code on-error} and {@code max-errors} settings: what to do with a bad record, and how many bad
 * records the run accepts before it fails (no limit when {@code max-errors} is not set).
 *
 * <pre>{@code
 * source: {type: csv, path: obs.csv, on-error: quarantine, max-errors: 1.5%}
 * BadRecordPolicy policy = BadRecordPolicy.read(settings);   // in a SourceFactory
 * }</pre>
 *
 * @param onError what a bad record does
 * @param maxErrors the threshold, or null for none
 */
public record BadRecordPolicy(OnError onError, ErrorThreshold maxErrors) {
    /** The default: the first bad record fails the run. */
    public static final BadRecordPolicy FAIL = new BadRecordPolicy(OnError.FAIL, null);

    /** Whether bad records are read past (skipped or quarantined) rather than failing the run. */
    public boolean readsPast() {
        return onError != OnError.FAIL;
    }

    /**
     * Reads {@code on-error} ({@code fail}, {@code skip}, {@code quarantine}) and {@code max-errors} from a
     * source's settings, recording located problems; {@link #FAIL} when they are wrong or absent.
     */
    public static BadRecordPolicy read(ConfigReader settings) {
        List<String> modes = List.of("fail", "skip", "quarantine");
        String mode = settings.choice("on-error", "fail", modes);
        String max = settings.string("max-errors", null);
        OnError onError = OnError.valueOf(mode.toUpperCase(Locale.ROOT));
        if (max == null) {
            return onError == OnError.FAIL ? FAIL : new BadRecordPolicy(onError, null);
        }
        ErrorThreshold threshold = ErrorThreshold.parse(max);
        if (threshold == null) {
            settings.problem("max-errors", "'" + max + "' is not a threshold; expected a number of bad records such"
                    + " as 100, or a percentage of the records read such as 1.5% (0% to 100%)");
            return FAIL;
        }
        if (onError == OnError.FAIL) {
            settings.problem("max-errors", "applies only with on-error: skip or quarantine; with on-error: fail"
                    + " (the default) the first bad record stops the run");
            return FAIL;
        }
        return new BadRecordPolicy(onError, threshold);
    }

    /**
     * For a source that has no record it could read past: {@code on-error} other than {@code fail}, and any
     * {@code max-errors}, are problems that say {@code why} (such as "a Parquet file's values are typed by its
     * schema"), instead of unknown keys.
     */
    public static void refuse(ConfigReader settings, String type, String why) {
        String text = "the " + type + " source has no record-level errors to skip or quarantine: " + why
                + "; on-error: skip or quarantine and max-errors apply to csv sources";
        // read only when present, so that the keys a misspelling is told about stay the source's own
        if (settings.config().has("on-error") && !"fail".equals(settings.string("on-error", "fail"))) {
            settings.problem("on-error", text);
        }
        if (settings.config().has("max-errors") && settings.string("max-errors", null) != null) {
            settings.problem("max-errors", text);
        }
    }
}
