package io.sluice.scheduler;

import io.sluice.core.config.Config;
import io.sluice.core.model.Pipeline;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds one input file to an incremental pipeline: {@code ${input}} (the file's absolute path),
 * {@code ${input.name}} (its name) and {@code ${input.stem}} (its name without the last extension) are replaced
 * in every text value of the source and sink settings.
 *
 * <pre>{@code
 * # source: { type: netcdf, path: "${input}" }   sink: { type: csv, path: "out/${input.stem}.csv" }
 * Pipeline one = InputBinding.bind(pipeline, inputFile);
 * }</pre>
 */
public final class InputBinding {
    private static final String MARK = "${input";

    private InputBinding() {
    }

    /** The pipeline with the placeholders of its source and sink replaced for {@code input}. */
    public static Pipeline bind(Pipeline pipeline, InputFile input) {
        return pipeline.withSource(substitute(pipeline.source(), input)).withSink(substitute(pipeline.sink(), input));
    }

    /** Whether any text value of {@code config} holds an {@code ${input...}} placeholder. */
    public static boolean mentionsInput(Config config) {
        return config.toMap().values().stream().anyMatch(InputBinding::mentions);
    }

    private static boolean mentions(Object v) {
        if (v instanceof String s) {
            return s.contains(MARK);
        }
        if (v instanceof List<?> list) {
            return list.stream().anyMatch(InputBinding::mentions);
        }
        return v instanceof java.util.Map<?, ?> m && m.values().stream().anyMatch(InputBinding::mentions);
    }

    private static Config substitute(Config config, InputFile input) {
        Config out = config;
        for (String key : config.keys()) {
            out = out.with(key, value(config.get(key), input), config.locationOf(key));
        }
        return out;
    }

    private static Object value(Object v, InputFile input) {
        if (v instanceof String s) {
            return s.replace("${input}", input.path().toString())
                    .replace("${input.name}", input.path().getFileName().toString())
                    .replace("${input.stem}", input.stem());
        }
        if (v instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(e -> copy.add(value(e, input)));
            return copy;
        }
        if (v instanceof Config c) {
            return substitute(c, input);
        }
        return v;
    }
}
