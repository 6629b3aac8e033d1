package io.sluice.testdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Description of one synthetic CF grid file: time axis, regular lat/lon grid, variables and seed.
 * Latitudes are cell centres from south to north ({@code -90 + (i + 0.5) * 180 / nlat}), longitudes start at 0
 * ({@code j * 360 / nlon}).
 *
 * <pre>{@code
 * GridFixture f = GridFixture.builder("tas_daily_small")
 *     .calendar(CfCalendar.STANDARD).frequency(Frequency.DAILY).years(1981, 4).grid(6, 8)
 *     .timeUnits("days since 1850-01-01").variable(FixtureVariable.tas()).build();
 * FixtureWriter.write(f, Path.of("tas_daily_small.nc"));
 * }</pre>
 */
public final class GridFixture {
  private final String name;
  private final CfCalendar calendar;
  private final String calendarAttribute;
  private final Frequency frequency;
  private final int startYear;
  private final int years;
  private final int nlat;
  private final int nlon;
  private final TimeUnits timeUnits;
  private final boolean unlimitedTime;
  private final boolean largeFileFormat;
  private final long seed;
  private final List<FixtureVariable> variables;

  private GridFixture(Builder b) {
    this.name = b.name;
    this.calendar = b.calendar;
    this.calendarAttribute = b.omitCalendar ? null : b.calendarAttribute == null ? b.calendar.cfName()
        : b.calendarAttribute;
    this.frequency = b.frequency;
    this.startYear = b.startYear;
    this.years = b.years;
    this.nlat = b.nlat;
    this.nlon = b.nlon;
    this.timeUnits = TimeUnits.parse(b.timeUnits);
    this.unlimitedTime = b.unlimitedTime;
    this.largeFileFormat = b.largeFileFormat;
    this.seed = b.seed;
    this.variables = List.copyOf(b.variables);
  }

  /** Starts a fixture description; defaults: standard calendar, daily, 1981, 1 year, 6 x 8, seed 42. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  public String name() { return name; }
  public CfCalendar calendar() { return calendar; }
  /** The time variable's {@code calendar} attribute as written, or null when the file has none. */
  public String calendarAttribute() { return calendarAttribute; }
  public Frequency frequency() { return frequency; }
  public int startYear() { return startYear; }
  public int years() { return years; }
  public int nlat() { return nlat; }
  public int nlon() { return nlon; }
  public TimeUnits timeUnits() { return timeUnits; }
  public boolean unlimitedTime() { return unlimitedTime; }
  public boolean largeFileFormat() { return largeFileFormat; }
  public long seed() { return seed; }
  public List<FixtureVariable> variables() { return variables; }

  /** The time axis described by calendar, frequency, start year and years. */
  public TimeAxis timeAxis() {
    return TimeAxis.of(calendar, frequency, startYear, years);
  }

  /** Latitude of row {@code i} in degrees north. */
  public double lat(int i) {
    return -90 + (i + 0.5) * 180.0 / nlat;
  }

  /** Longitude of column {@code j} in degrees east. */
  public double lon(int j) {
    return j * 360.0 / nlon;
  }

  /** Builder of a {@link GridFixture}; {@link #build()} validates. */
  public static final class Builder {
    private final String name;
    private CfCalendar calendar = CfCalendar.STANDARD;
    private String calendarAttribute;
    private boolean omitCalendar;
    private Frequency frequency = Frequency.DAILY;
    private int startYear = 1981;
    private int years = 1;
    private int nlat = 6;
    private int nlon = 8;
    private String timeUnits = "days since 1850-01-01";
    private boolean unlimitedTime = true;
    private boolean largeFileFormat;
    private long seed = 42;
    private final List<FixtureVariable> variables = new ArrayList<>();

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    public Builder calendar(CfCalendar value) { this.calendar = Objects.requireNonNull(value); return this; }
    /** Writes the calendar under another name, such as the alias {@code 365_day} for noleap. */
    public Builder calendarAttribute(String value) { this.calendarAttribute = Objects.requireNonNull(value); return this; }
    /** Writes no {@code calendar} attribute (CF then means standard, so the calendar must be standard). */
    public Builder withoutCalendarAttribute() { this.omitCalendar = true; return this; }
    public Builder frequency(Frequency value) { this.frequency = Objects.requireNonNull(value); return this; }
    public Builder timeUnits(String value) { this.timeUnits = Objects.requireNonNull(value); return this; }
    public Builder unlimitedTime(boolean value) { this.unlimitedTime = value; return this; }
    /** Writes the 64-bit-offset NetCDF-3 variant, needed only for files over 2 GiB. */
    public Builder largeFileFormat(boolean value) { this.largeFileFormat = value; return this; }
    public Builder seed(long value) { this.seed = value; return this; }
    public Builder variable(FixtureVariable value) { this.variables.add(Objects.requireNonNull(value)); return this; }

    /** Whole years from 1 January of {@code start}. */
    public Builder years(int start, int count) {
      this.startYear = start;
      this.years = count;
      return this;
    }

    /** Number of latitudes and longitudes. */
    public Builder grid(int lats, int lons) {
      this.nlat = lats;
      this.nlon = lons;
      return this;
    }

    /** Validates every setting at once and builds the description. */
    public GridFixture build() {
      List<String> problems = new ArrayList<>();
      if (nlat < 1 || nlon < 1) {
        problems.add("grid must be at least 1 x 1, got " + nlat + " x " + nlon);
      }
      if (years < 1) {
        problems.add("years must be at least 1, got " + years);
      }
      if (variables.isEmpty()) {
        problems.add("at least one variable is needed");
      }
      if (variables.stream().map(FixtureVariable::name).distinct().count() != variables.size()) {
        problems.add("variable names must be distinct");
      }
      for (FixtureVariable v : variables) {
        for (Gap g : v.gaps()) {
          if (g.latIndex() >= nlat || g.lonIndex() >= nlon) {
            problems.add("variable " + v.name() + ": " + g + " is outside the " + nlat + " x " + nlon + " grid");
          }
        }
      }
      if (calendarAttribute != null && CfCalendar.fromCfName(calendarAttribute) != calendar) {
        problems.add("calendar attribute '" + calendarAttribute + "' does not name the " + calendar.cfName()
            + " calendar");
      }
      if (omitCalendar && calendar != CfCalendar.STANDARD) {
        problems.add("only the standard calendar may be written without a calendar attribute");
      }
      try {
        TimeUnits.parse(timeUnits);
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("fixture " + name + ": " + String.join("; ", problems));
      }
      return new GridFixture(this);
    }
  }
}
