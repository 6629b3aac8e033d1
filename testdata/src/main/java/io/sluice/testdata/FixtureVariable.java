package io.sluice.testdata;

import java.util.List;
import java.util.Objects;

/**
 * One data variable of a fixture, on dimensions (time, lat, lon).
 *
 * <p>Missing values: when {@code missingValue} is set, it is written as both {@code _FillValue} and
 * {@code missing_value} (in the stored type), and a cell is missing when its second uniform draw is below
 * {@code missingFraction} or a {@link Gap} covers it.
 *
 * <pre>{@code
 * FixtureVariable pr = FixtureVariable.pr().withMissing(1e20, 0.03).withGaps(List.of(Gap.of(0, 0, 19820601, 19820901)));
 * }</pre>
 *
 * @param name variable name
 * @param standardName CF standard_name
 * @param units CF units
 * @param shape formula of the values
 * @param storage stored type
 * @param packing packing, present exactly when {@code storage} is {@link Storage#PACKED_SHORT}
 * @param missingValue the fill value in the stored type (e.g. 1e20 or -32767), or null for none
 * @param missingFraction expected fraction of randomly missing cells (0 when {@code missingValue} is null)
 * @param gaps forced missing blocks (empty when {@code missingValue} is null)
 */
public record FixtureVariable(String name, String standardName, String units, FieldShape shape, Storage storage,
    Packing packing, Double missingValue, double missingFraction, List<Gap> gaps) {

  /** Validates and creates a variable. */
  public FixtureVariable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(storage, "storage");
    gaps = List.copyOf(gaps);
    if ((storage == Storage.PACKED_SHORT) != (packing != null)) {
      throw new IllegalArgumentException("variable " + name + ": packing must be given exactly when storage is "
          + "PACKED_SHORT, got storage " + storage + " and packing " + packing);
    }
    if (missingFraction < 0 || missingFraction >= 1) {
      throw new IllegalArgumentException("variable " + name + ": missingFraction must be in [0, 1), got "
          + missingFraction);
    }
    if (missingValue == null && (missingFraction > 0 || !gaps.isEmpty())) {
      throw new IllegalArgumentException("variable " + name + ": missing cells need a missingValue");
    }
  }

  /** Near-surface air temperature {@code tas} in K, float32, no missing values. */
  public static FixtureVariable tas() {
    return new FixtureVariable("tas", "air_temperature", "K", FieldShape.TEMPERATURE, Storage.FLOAT, null,
        null, 0, List.of());
  }

  /** Precipitation {@code pr} in kg m-2 s-1, float32, _FillValue = missing_value = 1e20f, 3 % missing. */
  public static FixtureVariable pr() {
    return new FixtureVariable("pr", "precipitation_flux", "kg m-2 s-1", FieldShape.PRECIPITATION,
        Storage.FLOAT, null, (double) 1e20f, 0.03, List.of());
  }

  /** Sea-level pressure {@code psl} in Pa, int16 packed (0.5, 101325), _FillValue = -32767, 5 % missing. */
  public static FixtureVariable psl() {
    return new FixtureVariable("psl", "air_pressure_at_sea_level", "Pa", FieldShape.PRESSURE,
        Storage.PACKED_SHORT, Packing.of(0.5f, 101325f), -32767.0, 0.05, List.of());
  }

  /** A copy with another stored type and packing (null unless the storage is PACKED_SHORT). */
  public FixtureVariable withStorage(Storage newStorage, Packing newPacking) {
    return new FixtureVariable(name, standardName, units, shape, newStorage, newPacking, missingValue,
        missingFraction, gaps);
  }

  /** A copy with another fill value and missing fraction. */
  public FixtureVariable withMissing(double newMissingValue, double newMissingFraction) {
    return new FixtureVariable(name, standardName, units, shape, storage, packing, newMissingValue,
        newMissingFraction, gaps);
  }

  /** A copy with these forced missing blocks. */
  public FixtureVariable withGaps(List<Gap> newGaps) {
    return new FixtureVariable(name, standardName, units, shape, storage, packing, missingValue,
        missingFraction, newGaps);
  }

  /** Whether the variable declares a fill value. */
  public boolean hasMissingValue() {
    return missingValue != null;
  }
}
