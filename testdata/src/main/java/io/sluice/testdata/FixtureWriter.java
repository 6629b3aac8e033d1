package io.sluice.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ucar.ma2.Array;
import ucar.ma2.ArrayDouble;
import ucar.ma2.DataType;
import ucar.ma2.InvalidRangeException;
import ucar.nc2.Attribute;
import ucar.nc2.NetcdfFileWriter;
import ucar.nc2.Variable;

/**
 * Writes a {@link GridFixture} as a CF-1.8 NetCDF-3 file, one time step at a time (memory stays at one slab per
 * variable). The output depends only on the fixture, so reruns give identical bytes. The file is written to a
 * sibling temporary file and moved into place at the end.
 *
 * <pre>{@code
 * FixtureWriter.write(Fixtures.tasDailySmall(), Path.of("/tmp/tas_daily_small.nc"));
 * }</pre>
 */
public final class FixtureWriter {
  private FixtureWriter() {
  }

  /** Writes {@code fixture} to {@code target}, replacing any existing file. */
  public static void write(GridFixture fixture, Path target) throws IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".part");
    Files.deleteIfExists(tmp);
    NetcdfFileWriter w = NetcdfFileWriter.createNew(NetcdfFileWriter.Version.netcdf3, tmp.toString());
    try {
      w.setLargeFile(fixture.largeFileFormat());
      TimeAxis axis = fixture.timeAxis();
      define(w, fixture, axis.size());
      w.create();
      writeCoordinates(w, fixture);
      writeSteps(w, fixture, axis);
      w.close();
    } catch (IOException | InvalidRangeException | RuntimeException e) {
      w.abort();
      Files.deleteIfExists(tmp);
      throw new IOException("writing fixture " + fixture.name() + " to " + target + " failed: " + e, e);
    }
    Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static void define(NetcdfFileWriter w, GridFixture f, int steps) {
    if (f.unlimitedTime()) {
      w.addUnlimitedDimension("time");
    } else {
      w.addDimension(null, "time", steps);
    }
    w.addDimension(null, "bnds", 2);
    w.addDimension(null, "lat", f.nlat());
    w.addDimension(null, "lon", f.nlon());
    Variable time = w.addVariable(null, "time", DataType.DOUBLE, "time");
    attrs(w, time, "standard_name", "time", "long_name", "time", "units", f.timeUnits().text());
    if (f.calendarAttribute() != null) {
      attrs(w, time, "calendar", f.calendarAttribute());
    }
    attrs(w, time, "axis", "T", "bounds", "time_bnds");
    w.addVariable(null, "time_bnds", DataType.DOUBLE, "time bnds");
    attrs(w, w.addVariable(null, "lat", DataType.DOUBLE, "lat"), "standard_name", "latitude",
        "long_name", "latitude", "units", "degrees_north", "axis", "Y");
    attrs(w, w.addVariable(null, "lon", DataType.DOUBLE, "lon"), "standard_name", "longitude",
        "long_name", "longitude", "units", "degrees_east", "axis", "X");
    for (FixtureVariable v : f.variables()) {
      Variable var = w.addVariable(null, v.name(), v.storage().dataType(), "time lat lon");
      attrs(w, var, "standard_name", v.standardName(), "units", v.units(), "cell_methods", "time: mean");
      if (v.packing() != null) {
        w.addVariableAttribute(var, new Attribute("scale_factor", v.packing().scaleFactor()));
        w.addVariableAttribute(var, new Attribute("add_offset", v.packing().addOffset()));
      }
      if (v.hasMissingValue()) {
        w.addVariableAttribute(var, typed("_FillValue", v.storage().dataType(), v.missingValue()));
        w.addVariableAttribute(var, typed("missing_value", v.storage().dataType(), v.missingValue()));
      }
    }
    w.addGroupAttribute(null, new Attribute("Conventions", "CF-1.8"));
    w.addGroupAttribute(null, new Attribute("title", "Sluice synthetic test fixture " + f.name()));
    w.addGroupAttribute(null, new Attribute("source", "synthetic values from formulas, seed " + f.seed()));
    w.addGroupAttribute(null, new Attribute("history",
        "created by io.sluice.testdata.GenerateFixtures (deterministic; no timestamp on purpose)"));
  }

  private static void attrs(NetcdfFileWriter w, Variable v, String... keyValues) {
    for (int i = 0; i < keyValues.length; i += 2) {
      w.addVariableAttribute(v, new Attribute(keyValues[i], keyValues[i + 1]));
    }
  }

  private static Attribute typed(String name, DataType type, double value) {
    if (type == DataType.FLOAT) {
      return new Attribute(name, (float) value);
    }
    if (type == DataType.SHORT) {
      return new Attribute(name, (short) value);
    }
    return new Attribute(name, value);
  }

  private static void writeCoordinates(NetcdfFileWriter w, GridFixture f) throws IOException, InvalidRangeException {
    ArrayDouble.D1 lat = new ArrayDouble.D1(f.nlat());
    for (int i = 0; i < f.nlat(); i++) {
      lat.set(i, f.lat(i));
    }
    ArrayDouble.D1 lon = new ArrayDouble.D1(f.nlon());
    for (int j = 0; j < f.nlon(); j++) {
      lon.set(j, f.lon(j));
    }
    w.write(w.findVariable("lat"), lat);
    w.write(w.findVariable("lon"), lon);
  }

  private static void writeSteps(NetcdfFileWriter w, GridFixture f, TimeAxis axis)
      throws IOException, InvalidRangeException {
    Variable time = w.findVariable("time");
    Variable bounds = w.findVariable("time_bnds");
    List<FieldStream> streams = new ArrayList<>();
    List<Variable> targets = new ArrayList<>();
    for (FixtureVariable v : f.variables()) {
      streams.add(new FieldStream(f, v));
      targets.add(w.findVariable(v.name()));
    }
    ArrayDouble.D1 stamp = new ArrayDouble.D1(1);
    ArrayDouble.D2 bnds = new ArrayDouble.D2(1, 2);
    TimeUnits units = f.timeUnits();
    for (int t = 0; t < axis.size(); t++) {
      stamp.set(0, units.value(f.calendar(), axis.stampDays(t)));
      bnds.set(0, 0, units.value(f.calendar(), axis.lowerDays(t)));
      bnds.set(0, 1, units.value(f.calendar(), axis.upperDays(t)));
      w.write(time, new int[] {t}, stamp);
      w.write(bounds, new int[] {t, 0}, bnds);
      for (int k = 0; k < streams.size(); k++) {
        Array slab = streams.get(k).next(axis, t);
        w.write(targets.get(k), new int[] {t, 0, 0}, slab);
      }
    }
  }
}
