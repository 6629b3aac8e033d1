package io.sluice.netcdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ucar.ma2.Array;
import ucar.ma2.DataType;
import ucar.ma2.InvalidRangeException;
import ucar.nc2.Attribute;
import ucar.nc2.NetcdfFileWriter;
import ucar.nc2.Variable;

/**
 * Writes small NetCDF-3 files for tests.
 *
 * <pre>{@code
 * TestNetcdf.at(dir.resolve("a.nc")).dim("time", 2).dim("x", 3)
 *     .variable("time", DataType.DOUBLE, "time", "units", "days since 1850-01-01").values("time", new double[] {0, 1})
 *     .variable("tas", DataType.FLOAT, "time x").values("tas", new float[] {1, 2, 3, 4, 5, 6})
 *     .write();
 * }</pre>
 */
final class TestNetcdf {
    private final Path path;
    private final Map<String, Integer> dims = new LinkedHashMap<>();
    private final List<Object[]> variables = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final List<Attribute> global = new ArrayList<>();
    private boolean largeFile;

    private TestNetcdf(Path path) {
        this.path = path;
    }

    static TestNetcdf at(Path path) {
        return new TestNetcdf(path);
    }

    /** A dimension; length 0 makes it unlimited. */
    TestNetcdf dim(String name, int length) {
        dims.put(name, length);
        return this;
    }

    /** A variable with attributes given as name, value pairs (values: String, Number or a primitive array). */
    TestNetcdf variable(String name, DataType type, String dimensions, Object... attributes) {
        variables.add(new Object[] {name, type, dimensions, attributes});
        return this;
    }

    /** The values of a variable as a primitive array in C order. */
    TestNetcdf values(String variable, Object javaArray) {
        values.put(variable, javaArray);
        return this;
    }

    TestNetcdf global(String name, String value) {
        global.add(new Attribute(name, value));
        return this;
    }

    TestNetcdf largeFile() {
        largeFile = true;
        return this;
    }

    /** A time variable {@code time(time)} with CF attributes; calendar may be null. */
    TestNetcdf time(String units, String calendar, double... steps) {
        dim("time", 0);
        Object[] attrs = calendar == null ? new Object[] {"units", units}
                : new Object[] {"units", units, "calendar", calendar};
        return variable("time", DataType.DOUBLE, "time", attrs).values("time", steps);
    }

    Path write() throws IOException {
        NetcdfFileWriter w = NetcdfFileWriter.createNew(NetcdfFileWriter.Version.netcdf3, path.toString());
        w.setLargeFile(largeFile);
        dims.forEach((name, length) -> {
            if (length == 0) {
                w.addUnlimitedDimension(name);
            } else {
                w.addDimension(null, name, length);
            }
        });
        for (Object[] v : variables) {
            Variable var = w.addVariable(null, (String) v[0], (DataType) v[1], (String) v[2]);
            Object[] attrs = (Object[]) v[3];
            for (int i = 0; i < attrs.length; i += 2) {
                w.addVariableAttribute(var, attribute((String) attrs[i], attrs[i + 1]));
            }
        }
        global.forEach(a -> w.addGroupAttribute(null, a));
        w.create();
        try {
            for (Map.Entry<String, Object> e : values.entrySet()) {
                Variable var = w.findVariable(e.getKey());
                int[] shape = var.getShape();
                if (var.isUnlimited()) {
                    int others = 1;
                    for (int i = 1; i < shape.length; i++) {
                        others *= shape[i];
                    }
                    shape[0] = java.lang.reflect.Array.getLength(e.getValue()) / others;
                }
                w.write(var, new int[shape.length], Array.factory(var.getDataType(), shape, e.getValue()));
            }
        } catch (InvalidRangeException e) {
            throw new IOException(e);
        }
        w.close();
        return path;
    }

    private static Attribute attribute(String name, Object value) {
        if (value instanceof String s) {
            return new Attribute(name, s);
        }
        if (value instanceof Number n) {
            return new Attribute(name, n);
        }
        return new Attribute(name, Array.factory(value));
    }
}
