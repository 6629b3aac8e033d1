package io.sluice.testdata;

import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue of committed fixtures (files at the root of the testdata module) and the large benchmark file.
 * The README next to the fixtures describes each file.
 *
 * <pre>{@code
 * for (GridFixture f : Fixtures.committed()) {
 *   FixtureWriter.write(f, dir.resolve(f.name() + ".nc"));
 * }
 * }</pre>
 */
public final class Fixtures {
  /** Seed of every committed fixture. */
  public static final long SEED = 42;

  private Fixtures() {
  }

  /** All committed NetCDF-3 fixtures, in a fixed order. */
  public static List<GridFixture> committed() {
    return List.of(tasDailySmall(), multiDailySmall(), tasDailyNoleap(), tasDaily360Day(),
        tasDailyProleptic(), monthlyPacked(), monthlyJulian());
  }

  /** Standard calendar, daily 1981-01-01..1984-12-31 (1461 steps), 6 x 8, {@code tas}, UNLIMITED time. */
  public static GridFixture tasDailySmall() {
    return small("tas_daily_small").variable(FixtureVariable.tas()).build();
  }

  /**
   * As {@link #tasDailySmall()} plus {@code pr} (1e20f fill, 3 % missing), with forced gaps: cell (lat 0, lon 0)
   * missing for all of JJA 1982, and cell (lat 5, lon 7) missing in every SON, so its SON climatology is missing.
   */
  public static GridFixture multiDailySmall() {
    List<Gap> gaps = new ArrayList<>();
    gaps.add(Gap.of(0, 0, 19820601, 19820901));
    for (int y = 1981; y <= 1984; y++) {
      gaps.add(Gap.of(5, 7, y * 10000 + 901, y * 10000 + 1201));
    }
    return small("multi_daily_small").variable(FixtureVariable.tas())
        .variable(FixtureVariable.pr().withGaps(gaps)).build();
  }

  /** noleap calendar, daily 1981..1983 (1095 steps), 4 x 5, {@code tas}; time is a fixed (not UNLIMITED) dimension. */
  public static GridFixture tasDailyNoleap() {
    return threeYears("tas_daily_noleap", CfCalendar.NOLEAP).unlimitedTime(false).build();
  }

  /** 360_day calendar, daily 1981..1983 (1080 steps), 4 x 5, {@code tas}. */
  public static GridFixture tasDaily360Day() {
    return threeYears("tas_daily_360day", CfCalendar.DAY_360).build();
  }

  /**
   * proleptic_gregorian calendar, daily 1981..1983 (1095 steps), 4 x 5, {@code tas}, time in
   * "days since 0001-01-01 00:00:00", where proleptic and standard (mixed Julian) arithmetic differ by 2 days.
   */
  public static GridFixture tasDailyProleptic() {
    return threeYears("tas_daily_proleptic", CfCalendar.PROLEPTIC_GREGORIAN)
        .timeUnits("days since 0001-01-01 00:00:00").build();
  }

  /**
   * Standard calendar, monthly 1981..1985 (60 steps, stamped mid-month), 6 x 8, time in
   * "hours since 1900-01-01 00:00:00": {@code psl} int16 packed (0.5, 101325) with _FillValue -32767, 5 % missing
   * and cell (lat 2, lon 3) missing for all of DJF 1984 (Dec 1983..Feb 1984), and {@code tas} float.
   */
  public static GridFixture monthlyPacked() {
    FixtureVariable psl = FixtureVariable.psl().withGaps(List.of(Gap.of(2, 3, 19831201, 19840301)));
    return GridFixture.builder("monthly_packed").calendar(CfCalendar.STANDARD).frequency(Frequency.MONTHLY)
        .years(1981, 5).grid(6, 8).timeUnits("hours since 1900-01-01 00:00:00").seed(SEED)
        .variable(psl).variable(FixtureVariable.tas()).build();
  }

  /**
   * julian calendar, monthly 1899-01..1901-12 (36 steps, stamped mid-month), 4 x 5, time in "days since
   * 1800-01-01": February 1900 has 29 days here and 28 in the standard calendar, so month-length weights tell
   * the calendars apart. {@code tas} float, and {@code pr} (1e20f fill, 3 % missing) with cell (lat 1, lon 2)
   * missing for all of DJF 1900 (Dec 1899..Feb 1900) and cell (lat 3, lon 4) missing in January 1900 only.
   */
  public static GridFixture monthlyJulian() {
    FixtureVariable pr = FixtureVariable.pr().withGaps(List.of(Gap.of(1, 2, 18991201, 19000301),
        Gap.of(3, 4, 19000101, 19000201)));
    return GridFixture.builder("monthly_julian").calendar(CfCalendar.JULIAN).frequency(Frequency.MONTHLY)
        .years(1899, 3).grid(4, 5).timeUnits("days since 1800-01-01").seed(SEED)
        .variable(FixtureVariable.tas()).variable(pr).build();
  }

  /**
   * The large benchmark file (about 0.92 GB): standard calendar, daily 1981..2010 (10957 steps), 73 x 144,
   * {@code tas} and {@code pr} float32, UNLIMITED time (so the variables are interleaved per record).
   */
  public static GridFixture large() {
    return GridFixture.builder("tas_pr_daily_large").calendar(CfCalendar.STANDARD).frequency(Frequency.DAILY)
        .years(1981, 30).grid(73, 144).timeUnits("days since 1850-01-01").seed(SEED)
        .variable(FixtureVariable.tas()).variable(FixtureVariable.pr()).build();
  }

  private static GridFixture.Builder small(String name) {
    return GridFixture.builder(name).calendar(CfCalendar.STANDARD).frequency(Frequency.DAILY).years(1981, 4)
        .grid(6, 8).timeUnits("days since 1850-01-01").unlimitedTime(true).seed(SEED);
  }

  private static GridFixture.Builder threeYears(String name, CfCalendar calendar) {
    return GridFixture.builder(name).calendar(calendar).frequency(Frequency.DAILY).years(1981, 3).grid(4, 5)
        .timeUnits("days since 1850-01-01").seed(SEED).variable(FixtureVariable.tas());
  }
}
