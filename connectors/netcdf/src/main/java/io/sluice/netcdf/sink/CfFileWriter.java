package io.sluice.netcdf.sink;

import io.sluice.core.data.Axis;
import io.sluice.core.data.TimeAxis;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.RunContext;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ucar.ma2.Array;
import ucar.ma2.DataType;
import ucar.ma2.InvalidRangeException;
import ucar.nc2.Attribute;
import ucar.nc2.Dimension;
import ucar.nc2.NetcdfFileWriter;
import ucar.nc2.Variable;
import ucar.nc2.write.Nc4Chunking;
import ucar.nc2.write.Nc4ChunkingStrategy;

/**
 * Writes one CF NetCDF-3 (64-bit offset) file, or NetCDF-4 with deflate and shuffle (netCDF's standard
 * chunking), from staged parts, in order: an unlimited time dimension named
 * as the source's time variable, with its units and calendar; {@code time_bnds} (or {@code climatology_bnds}
 * for climatologies) over ({@code time}, {@code bnds}); the spatial coordinates with their source attributes;
 * one variable per statistic or selected variable, float or double as computed, missing values as
 * {@code _FillValue}; the source's global attributes with a {@code history} line appended.
 */
final class CfFileWriter {
    private static final Set<String> NOT_FROM_SOURCE = Set.of("bounds", "climatology", "units", "calendar");

    private final RunContext context;
    private final String shown;
    private final int deflate;

    /** A writer of NetCDF-3 64-bit offset files, or of NetCDF-4 files deflated at {@code deflate} (1..9; 0: nc3). */
    CfFileWriter(RunContext context, String shown, int deflate) {
        this.context = context;
        this.shown = shown;
        this.deflate = deflate;
    }

    /** Writes {@code parts} (which share one schema) to {@code file}. */
    void write(Path file, List<StagedRecords> parts) throws IOException {
        RecordSchema schema = parts.get(0).schema();
        for (StagedRecords p : parts) {
            if (!p.schema().sameShape(schema) || p.bounded() != parts.get(0).bounded()
                    || p.climatology() != parts.get(0).climatology()) {
                throw new IOException(shown + ": " + p + " has variables " + p.schema().variables() + " on "
                        + p.schema().space() + " but " + parts.get(0) + " has " + schema.variables() + " on "
                        + schema.space() + "; one file holds one shape");
            }
        }
        SourceDescription source = context.source();
        TimeAxis time = source.time();
        String timeName = time.name().isEmpty() ? "time" : time.name();
        boolean bounded = parts.get(0).bounded();
        boolean climatology = parts.get(0).climatology();
        String boundsName = climatology ? "climatology_bnds"
                : time.boundsName() != null ? time.boundsName() : timeName + "_bnds";
        NetcdfFileWriter writer = deflate == 0
                ? NetcdfFileWriter.createNew(NetcdfFileWriter.Version.netcdf3, file.toString())
                : NetcdfFileWriter.createNew(NetcdfFileWriter.Version.netcdf4, file.toString(),
                        Nc4ChunkingStrategy.factory(Nc4Chunking.Strategy.standard, deflate, true));
        List<Variable> dataVars = new ArrayList<>();
        boolean done = false;
        try {
            if (deflate == 0) {
                writer.setLargeFile(true);
            }
            writer.setFill(false);
            Dimension timeDim = writer.addUnlimitedDimension(timeName);
            List<Dimension> dataDims = new ArrayList<>(List.of(timeDim));
            Variable timeVar = writer.addVariable(null, timeName, DataType.DOUBLE, List.of(timeDim));
            Map<String, String> timeAttributes = CfAttributes.ofVariable(source, time.name(), NOT_FROM_SOURCE);
            timeAttributes.putIfAbsent("standard_name", "time");
            timeAttributes.putIfAbsent("axis", "T");
            attributes(writer, timeVar, timeAttributes);
            writer.addVariableAttribute(timeVar, new Attribute("units", time.units()));
            writer.addVariableAttribute(timeVar, new Attribute("calendar", time.calendar()));
            Variable boundsVar = null;
            if (bounded) {
                writer.addVariableAttribute(timeVar, new Attribute(climatology ? "climatology" : "bounds",
                        boundsName));
                Dimension two = writer.addDimension(null, "bnds", 2);
                boundsVar = writer.addVariable(null, boundsName, DataType.DOUBLE, List.of(timeDim, two));
            }
            List<Variable> axisVars = new ArrayList<>();
            for (Axis a : schema.space()) {
                Dimension d = writer.addDimension(null, a.name(), a.size());
                dataDims.add(d);
                Variable v = writer.addVariable(null, a.name(), DataType.DOUBLE, List.of(d));
                attributes(writer, v, CfAttributes.coordinate(source, a));
                if (!a.units().isEmpty()) {
                    writer.addVariableAttribute(v, new Attribute("units", a.units()));
                }
                axisVars.add(v);
            }
            for (OutputVariable o : schema.variables()) {
                Variable v = writer.addVariable(null, o.name(), OutputTypes.dataType(o.type()), dataDims);
                attributes(writer, v, CfAttributes.carried(o.attributes(), Set.of()));
                writer.addVariableAttribute(v, OutputTypes.fill(o, source));
                dataVars.add(v);
            }
            globals(writer, source);
            writer.create();
            for (int i = 0; i < axisVars.size(); i++) {
                Axis a = schema.space().get(i);
                writer.write(axisVars.get(i), Array.factory(DataType.DOUBLE, new int[] {a.size()}, a.values()));
            }
            int record = 0;
            for (StagedRecords p : parts) {
                record = deflate == 0 ? times(writer, p, record, timeVar, boundsVar)
                        : records(writer, p, record, timeVar, boundsVar, dataVars, schema);
            }
            done = true;
        } catch (InvalidRangeException e) {
            throw new IOException(shown + ": writing failed: " + e.getMessage(), e);
        } finally {
            try {
                writer.close();
            } catch (IOException e) {
                if (done) {
                    throw e;
                }
            }
        }
        if (deflate == 0) {
            try (ClassicRecordValues values = ClassicRecordValues.open(file, dataVars, schema.cellsPerStep(), shown)) {
                int first = 0;
                for (StagedRecords p : parts) {
                    values.write(p, first);
                    first += p.records();
                }
            }
        }
    }

    /** Writes the time stamps (and bounds) of part {@code p} from record {@code first} on; returns the next record. */
    private static int times(NetcdfFileWriter writer, StagedRecords p, int first, Variable timeVar, Variable boundsVar)
            throws IOException, InvalidRangeException {
        int n = p.records();
        if (n == 0) {
            return first;
        }
        double[] times = new double[n];
        double[] bounds = new double[2 * n];
        for (int r = 0; r < n; r++) {
            times[r] = p.time(r);
            bounds[2 * r] = p.lower(r);
            bounds[2 * r + 1] = p.upper(r);
        }
        writer.write(timeVar, new int[] {first}, Array.factory(DataType.DOUBLE, new int[] {n}, times));
        if (boundsVar != null) {
            writer.write(boundsVar, new int[] {first, 0}, Array.factory(DataType.DOUBLE, new int[] {n, 2}, bounds));
        }
        return first + n;
    }

    /** As {@link #times}, then the values through netcdf-java (NetCDF-4, whose chunks it compresses). */
    private int records(NetcdfFileWriter writer, StagedRecords p, int first, Variable timeVar, Variable boundsVar,
                        List<Variable> dataVars, RecordSchema schema) throws IOException, InvalidRangeException {
        int n = p.records();
        times(writer, p, first, timeVar, boundsVar);
        if (n == 0) {
            return first;
        }
        int cells = schema.cellsPerStep();
        int[] shape = new int[1 + schema.space().size()];
        shape[0] = 1;
        for (int i = 0; i < schema.space().size(); i++) {
            shape[i + 1] = schema.space().get(i).size();
        }
        int[] origin = new int[shape.length];
        ByteBuffer bytes = ByteBuffer.allocateDirect(cells * Double.BYTES);
        double[] values = new double[cells];
        try (FileChannel in = FileChannel.open(p.file(), StandardOpenOption.READ)) {
            for (int r = 0; r < n; r++) {
                origin[0] = first + r;
                for (int k = 0; k < dataVars.size(); k++) {
                    bytes.clear();
                    while (bytes.hasRemaining()) {
                        if (in.read(bytes) < 0) {
                            throw new IOException(shown + ": " + p + " ends early in staging");
                        }
                    }
                    bytes.flip();
                    DoubleBuffer doubles = bytes.asDoubleBuffer();
                    doubles.get(values);
                    OutputVariable o = schema.variables().get(k);
                    writer.write(dataVars.get(k), origin, OutputTypes.array(o, values, shape, dataVars.get(k)));
                }
            }
        }
        return first + n;
    }

    private void globals(NetcdfFileWriter writer, SourceDescription source) {
        Map<String, String> carried = CfAttributes.carried(source.attributes(), Set.of("history"));
        carried.putIfAbsent("Conventions", "CF-1.8");
        carried.forEach((k, v) -> writer.addGroupAttribute(null, new Attribute(k, v)));
        writer.addGroupAttribute(null, new Attribute("history",
                History.appended(source.attributes().get("history"), context)));
    }

    private static void attributes(NetcdfFileWriter writer, Variable v, Map<String, String> attributes) {
        attributes.forEach((k, value) -> writer.addVariableAttribute(v, new Attribute(k, value)));
    }
}
