package io.sluice.netcdf;

import io.sluice.core.data.Axis;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.TimeAxis;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.SourceDescription;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ucar.ma2.DataType;
import ucar.nc2.Dimension;
import ucar.nc2.Group;
import ucar.nc2.Variable;

/**
 * Describes a NetCDF file from its header and coordinate variables only: checks the file and the settings,
 * finds and decodes the time axis, selects the variables and reads the spatial axes. Without a time variable
 * (and without a {@code variables} setting) the description has an empty time axis named {@code ""} and no
 * variables, which is enough to inspect the file; planning a run on it then fails.
 */
final class SourceDescriber {
    private SourceDescriber() {
    }

    /** The plan of a source, or a located {@link io.sluice.core.config.PipelineInvalidException}. */
    static GridPlan describe(NetcdfSettings settings, HandlePool pool) throws IOException {
        FileSignature signature = checkFile(settings);
        ClassicLayout layout;
        OpenFile file;
        try {
            layout = signature == FileSignature.HDF5 ? null : ClassicLayout.read(settings.file());
            file = pool.get();
        } catch (java.io.EOFException e) {
            throw new IOException(settings.shown() + ": the file ends inside its header (is it truncated?)", e);
        } catch (IOException | RuntimeException e) {
            String m = String.valueOf(e.getMessage()).replaceFirst("^([a-z0-9_]+\\.)+[A-Za-z0-9_$]+: ", "");
            throw new IOException(settings.shown() + ": cannot be opened as " + signature.format() + ": " + m, e);
        }
        long length = Files.size(settings.file());
        Variable timeVar = TimeVariableFinder.find(file, settings);
        if (timeVar == null && settings.variables() != null) {
            throw settings.invalid("time", settings.shown() + " has no time variable (none has standard_name"
                    + " 'time', axis 'T' or units '<unit> since <date>', and none is named 'time'); set 'time' to"
                    + " the name of the time variable");
        }
        List<Variable> selected = VariableSelector.select(file, settings, timeVar);
        TimeAxis time = timeVar == null ? TimeDecoder.empty() : decodeTime(settings, file, timeVar, layout, length);
        List<Axis> space = new ArrayList<>();
        if (!selected.isEmpty()) {
            List<Dimension> dims = selected.get(0).getDimensions();
            for (Dimension d : dims.subList(1, dims.size())) {
                space.add(axis(settings, file, d, layout, length));
            }
        }
        List<VariableInfo> infos = new ArrayList<>();
        List<Packing> packings = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Variable v : selected) {
            infos.add(info(v));
            packings.add(Packing.of(v));
            names.add(v.getFullName());
        }
        List<VariableInfo> all = new ArrayList<>();
        for (Variable v : file.file().getVariables()) {
            all.add(info(v));
        }
        SourceDescription description = new SourceDescription(settings.shown(), signature.format(), time, space,
                infos, dimensions(file.file().getRootGroup(), new LinkedHashMap<>()),
                AttributeText.of(file.file().getGlobalAttributes()), all);
        String timeDim = timeVar == null ? "" : TimeVariableFinder.dimName(timeVar.getDimension(0));
        Member member = new Member(settings.file(), settings.shown(), 0, time.size(), List.copyOf(packings), layout,
                length, pool);
        return new GridPlan(description, timeDim, names, List.of(member));
    }

    private static FileSignature checkFile(NetcdfSettings settings) throws IOException {
        if (!Files.exists(settings.file())) {
            throw settings.invalid("path", settings.shown() + ": no such file");
        }
        if (!Files.isRegularFile(settings.file())) {
            throw settings.invalid("path", settings.shown() + ": is not a file");
        }
        FileSignature signature = FileSignature.of(settings.file());
        if (signature == FileSignature.CDF5) {
            throw settings.invalid("path", settings.shown() + ": is CDF-5 (64-bit data), which this reader cannot"
                    + " read; convert it with 'nccopy -k nc4 IN OUT'");
        }
        if (!signature.isReadable()) {
            throw settings.invalid("path", settings.shown() + ": is not a NetCDF file (it starts with neither"
                    + " 'CDF' nor '\\211HDF'); expected NetCDF-3 or NetCDF-4");
        }
        return signature;
    }

    private static TimeAxis decodeTime(NetcdfSettings settings, OpenFile file, Variable v, ClassicLayout layout,
                                       long length)
            throws IOException {
        double[] values = readAll(settings, file, v, layout, length);
        TimeAxis time;
        try {
            time = TimeDecoder.decode(v.getFullName(), text(v, "units"), text(v, "calendar"), values);
        } catch (IllegalArgumentException e) {
            throw settings.invalid(settings.time() != null ? "time" : "path", settings.shown() + ": "
                    + e.getMessage());
        }
        Variable bounds = TimeBounds.of(settings, file, v);
        if (bounds == null) {
            return time;
        }
        double[] pairs = readAll(settings, file, bounds, layout, length);
        return TimeBounds.attach(time, bounds.getFullName(), pairs);
    }

    private static Axis axis(NetcdfSettings settings, OpenFile file, Dimension d, ClassicLayout layout, long length)
            throws IOException {
        String name = TimeVariableFinder.dimName(d);
        Variable v = d.getShortName() == null ? null : file.file().findVariable(d.getShortName());
        if (v != null && v.getRank() == 1 && v.getDimension(0).equals(d) && v.getDataType().isNumeric()) {
            return Axis.of(name, text(v, "units"), readAll(settings, file, v, layout, length));
        }
        double[] index = allocate(settings, name, d.getLength());
        for (int i = 0; i < index.length; i++) {
            index[i] = i;
        }
        return Axis.of(name, "", index);
    }

    /**
     * Every value of a (coordinate) variable, unpacked, missing values as NaN. A NetCDF-3 record variable (the
     * time axis and its bounds) is read with one small positional read per record: netcdf-java would read a
     * whole buffer around each record's few bytes, which for a 1 GB file of daily records took 0.4 s.
     */
    private static double[] readAll(NetcdfSettings settings, OpenFile file, Variable v, ClassicLayout layout,
                                    long length) throws IOException {
        double[] out;
        try {
            int steps = v.getRank() == 0 ? 1 : v.getShape(0);
            Extents.check(layout, length, v.getShortName(), 0, steps);
            out = allocate(settings, v.getFullName(), v.getSize());
            ClassicLayout.Extent extent = layout == null ? null : layout.extent(v.getShortName());
            if (steps > 0 && extent != null && extent.record() && ClassicBlocks.supports(extent)) {
                Object raw = ClassicBlocks.read(file.channel(), extent, layout.recordSize(), 0, steps,
                        out.length / steps);
                ValueConverter.convert(raw, out.length, Packing.of(v), out, 0);
            } else {
                ValueConverter.convert(v.read(), Packing.of(v), out, 0);
            }
        } catch (IOException | RuntimeException e) {
            throw new IOException(settings.shown() + ": " + (e instanceof IOException ? e.getMessage()
                    : "reading " + v.getFullName() + " failed: " + e), e);
        }
        return out;
    }

    /**
     * An array for a coordinate of {@code size} values; a size no heap could hold (a quarter of it at most) comes
     * from a damaged header, and is reported as such instead of running out of memory.
     */
    static double[] allocate(NetcdfSettings settings, String name, long size) throws IOException {
        long limit = Math.min(Integer.MAX_VALUE - 8, Runtime.getRuntime().maxMemory() / 4 / Double.BYTES);
        if (size < 0 || size > limit) {
            throw new IOException(settings.shown() + ": " + name + " claims " + size + " values, more than a quarter"
                    + " of the heap holds; is the file damaged, or does the JVM need more memory (JAVA_OPTS=-Xmx...)?");
        }
        return new double[(int) size];
    }

    private static VariableInfo info(Variable v) {
        DataType type = v.getDataType();
        String stored = type.toString().toLowerCase(Locale.ROOT);
        if (v.isUnsigned()) {
            stored = type == DataType.LONG ? "uint64" : "u" + stored;
        }
        ColumnType valueType = type.isNumeric() ? Packing.of(v).valueType() : ColumnType.STRING;
        return VariableInfo.of(v.getFullName(), VariableSelector.dims(v), stored, valueType,
                AttributeText.of(v.getAttributes()));
    }

    private static Map<String, Integer> dimensions(Group group, Map<String, Integer> out) {
        for (Dimension d : group.getDimensions()) {
            String prefix = group.isRoot() ? "" : group.getFullName() + "/";
            out.put(prefix + TimeVariableFinder.dimName(d), d.getLength());
        }
        for (Group g : group.getGroups()) {
            dimensions(g, out);
        }
        return out;
    }

    private static String text(Variable v, String attribute) {
        var a = v.findAttribute(attribute);
        return a == null || !a.isString() ? null : a.getStringValue();
    }
}
