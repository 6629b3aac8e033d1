package io.sluice.converters.split;

import io.sluice.core.config.ConfigReader;
import io.sluice.core.spi.Split;
import io.sluice.core.spi.SplitFactory;

/**
 * Split type {@code steps}, the default when a pipeline names no split: chunks of {@code size} consecutive time
 * steps, keyed {@code steps-0}, {@code steps-1}, ..., with no labels; the last chunk may be shorter. Without
 * {@code size}, all steps form one chunk.
 *
 * <pre>{@code
 * split: { type: steps, size: 365 }
 * }</pre>
 * or in Java {@code Splits.steps(365)}.
 */
public final class StepsSplitFactory implements SplitFactory {

    @Override
    public String type() {
        return "steps";
    }

    @Override
    public Split create(ConfigReader settings) {
        long size = settings.integer("size", 0, 1, Integer.MAX_VALUE);
        return new StepsSplit((int) size);
    }
}
