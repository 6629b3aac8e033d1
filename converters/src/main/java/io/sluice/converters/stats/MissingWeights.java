package io.sluice.converters.stats;

import java.util.Arrays;
import java.util.List;

/**
 * What a month-length weighted mean does in a cell where some months are missing.
 *
 * <pre>{@code Statistics.weightedMean().missingWeights(MissingWeights.XARRAY)   // missing-weights: xarray}</pre>
 */
public enum MissingWeights {
    /**
     * The default: divide by the weights of the valid months only, so the result is a weighted mean of the
     * values that exist (for a constant field it is that constant). Same as CDO's
     * {@code div -yseassum -muldpm x -yseassum -muldpm -gtc,-1e36 x}.
     */
    RENORMALISE("renormalise"),
    /**
     * xarray's documented recipe: weights are month lengths divided by the total of all months of the period,
     * missing or not, and missing values add nothing, so a cell with missing months is biased towards 0.
     */
    XARRAY("xarray");

    private final String id;

    MissingWeights(String id) {
        this.id = id;
    }

    /** The setting's value in a pipeline: {@code renormalise} or {@code xarray}. */
    public String id() {
        return id;
    }

    /** Every setting value, in declaration order. */
    static List<String> ids() {
        return Arrays.stream(values()).map(MissingWeights::id).toList();
    }

    /** The rule named {@code id}. */
    static MissingWeights of(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown missing-weights rule " + id));
    }
}
