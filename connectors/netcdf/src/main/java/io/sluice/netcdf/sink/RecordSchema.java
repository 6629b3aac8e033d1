package io.sluice.netcdf.sink;

import io.sluice.core.data.Axis;
import io.sluice.core.data.Column;
import io.sluice.core.data.Table;
import io.sluice.core.data.TimeAxis;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.SourceDescription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of a table's records as the NetCDF sink sees it, read from the table's columns: the leading label
 * columns ({@code season}, {@code year}), the optional time column, the spatial axis columns (which carry their
 * {@link Axis}) and the data variables: columns named as a source variable or {@code <variable>_<statistic>}.
 * Other trailing columns (the {@code count} of steps) are not written: the time bounds say the same.
 *
 * @param labelNames the label columns' names
 * @param space the spatial axes, slowest first
 * @param variables the data variables, in column order
 * @param columns the data variables' column positions in the table
 */
record RecordSchema(List<String> labelNames, List<Axis> space, List<OutputVariable> variables,
                    List<Integer> columns) {

    /** The schema of {@code table}, whose source is described by {@code source}. */
    static RecordSchema of(Table table, SourceDescription source) {
        List<Column> cols = table.columns();
        TimeAxis time = table.time();
        List<String> labels = new ArrayList<>();
        int c = 0;
        while (c < cols.size() && cols.get(c).axis() == null && !isTime(cols.get(c), time)) {
            labels.add(cols.get(c).name());
            c++;
        }
        if (c < cols.size() && isTime(cols.get(c), time)) {
            c++;
        }
        List<Axis> space = new ArrayList<>();
        while (c < cols.size() && cols.get(c).axis() != null) {
            space.add(cols.get(c).axis());
            c++;
        }
        List<OutputVariable> variables = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (; c < cols.size(); c++) {
            Column col = cols.get(c);
            if (isData(col.name(), source)) {
                variables.add(new OutputVariable(col.name(), col.type(), col.attributes()));
                positions.add(c);
            }
        }
        return new RecordSchema(List.copyOf(labels), List.copyOf(space), List.copyOf(variables),
                List.copyOf(positions));
    }

    /** The label values of a table with this schema (its first row), in column order. */
    Map<String, String> labelsOf(Table table) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < labelNames.size(); i++) {
            Column col = table.columns().get(i);
            out.put(labelNames.get(i), table.rowCount() == 0 || col.isNull(0) ? "" : col.stringValue(0));
        }
        return out;
    }

    /** Grid cells in one time step. */
    int cellsPerStep() {
        int cells = 1;
        for (Axis a : space) {
            cells = Math.multiplyExact(cells, a.size());
        }
        return cells;
    }

    /** Whether another schema describes the same file content (positions aside). */
    boolean sameShape(RecordSchema other) {
        return labelNames.equals(other.labelNames) && space.equals(other.space)
                && variables.equals(other.variables);
    }

    private static boolean isTime(Column col, TimeAxis time) {
        return time != null && col.name().equals(time.name()) && col.axis() == null;
    }

    private static boolean isData(String name, SourceDescription source) {
        for (VariableInfo v : source.variables()) {
            if (name.equals(v.name()) || name.startsWith(v.name() + "_")) {
                return true;
            }
        }
        return false;
    }
}
