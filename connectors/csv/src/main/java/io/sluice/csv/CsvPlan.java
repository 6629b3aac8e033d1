package io.sluice.csv;

import io.sluice.core.plan.SourceDescription;
import java.util.Map;

/**
 * What describing a CSV source found: the schema, each file's layout and entry by absolute path, and the
 * description handed to the runner.
 *
 * @param schema the columns
 * @param layouts each file's parts, by absolute path
 * @param files each file, by absolute path
 * @param description the table description
 */
record CsvPlan(CsvSchema schema, Map<String, FileLayout> layouts, Map<String, CsvFile> files,
               SourceDescription description) {
}
