package io.sluice.testdata;

import java.util.SplittableRandom;
import ucar.ma2.Array;
import ucar.ma2.DataType;

/**
 * Produces the values of one fixture variable, one time step (a 1 x nlat x nlon slab) at a time, so memory stays
 * at one slab whatever the number of steps. Steps must be requested in order 0, 1, 2, ...
 *
 * <p>Each variable has its own random stream, {@code new SplittableRandom(streamSeed(seed, name))}, so adding a
 * variable does not change the others. Per cell, in C order (lat, then lon), the stream gives {@code u} for the
 * {@link FieldShape} formula and, only when the variable has a fill value, a second draw {@code v}; the cell is
 * missing when {@code v < missingFraction} or a {@link Gap} covers it.
 *
 * <pre>{@code
 * FieldStream tas = new FieldStream(fixture, FixtureVariable.tas());
 * Array slab = tas.next(fixture.timeAxis(), 0);   // shape [1, nlat, nlon]
 * }</pre>
 */
public final class FieldStream {
  private final GridFixture fixture;
  private final FixtureVariable variable;
  private final SplittableRandom random;
  private final Array slab;
  private int expectedStep;

  /** Creates the stream of {@code variable} in {@code fixture}. */
  public FieldStream(GridFixture fixture, FixtureVariable variable) {
    this.fixture = fixture;
    this.variable = variable;
    this.random = new SplittableRandom(streamSeed(fixture.seed(), variable.name()));
    this.slab = Array.factory(variable.storage().dataType(), new int[] {1, fixture.nlat(), fixture.nlon()});
  }

  /** Seed of a variable's random stream: {@code seed * 1_000_003 + name.hashCode()}. */
  public static long streamSeed(long seed, String variableName) {
    return seed * 1_000_003L + variableName.hashCode();
  }

  /** Fills and returns the slab of step {@code step}; the returned array is reused by the next call. */
  public Array next(TimeAxis axis, int step) {
    if (step != expectedStep) {
      throw new IllegalStateException("variable " + variable.name() + ": step " + step + " requested, expected "
          + expectedStep + " (steps must be generated in order)");
    }
    expectedStep++;
    double doy = axis.dayOfYear(step);
    int yearLength = axis.yearLength(step);
    int date = axis.dateKey(step);
    int k = 0;
    for (int i = 0; i < fixture.nlat(); i++) {
      for (int j = 0; j < fixture.nlon(); j++, k++) {
        double value = variable.shape().value(fixture.lat(i), fixture.lon(j), doy, yearLength, random.nextDouble());
        if (variable.hasMissingValue() && (random.nextDouble() < variable.missingFraction() || gapCovers(i, j, date))) {
          setStored(k, variable.missingValue());
        } else {
          setValue(k, value);
        }
      }
    }
    return slab;
  }

  private boolean gapCovers(int i, int j, int date) {
    for (Gap g : variable.gaps()) {
      if (g.covers(i, j, date)) {
        return true;
      }
    }
    return false;
  }

  private void setValue(int k, double value) {
    if (variable.storage() == Storage.PACKED_SHORT) {
      slab.setShort(k, variable.packing().pack(value));
    } else {
      setStored(k, value);
    }
  }

  private void setStored(int k, double stored) {
    DataType type = variable.storage().dataType();
    if (type == DataType.FLOAT) {
      slab.setFloat(k, (float) stored);
    } else if (type == DataType.DOUBLE) {
      slab.setDouble(k, stored);
    } else {
      slab.setShort(k, (short) stored);
    }
  }
}
