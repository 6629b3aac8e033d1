package io.sluice.cli;

import io.sluice.testdata.CfCalendar;
import io.sluice.testdata.FixtureVariable;
import io.sluice.testdata.FixtureWriter;
import io.sluice.testdata.Frequency;
import io.sluice.testdata.GridFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files CDO and Sluice are compared on: the committed fixtures, the real files, and files generated here
 * in every CF calendar (and the aliases gregorian, 365_day, 366_day), with time in days, hours, minutes or
 * seconds since a date, with and without a time-zone suffix, without a calendar attribute, with monthly steps
 * stamped mid-month or on the month's last day, packed values and fill values.
 *
 * @param name a short name for messages
 * @param file the NetCDF file
 * @param variables the variables compared
 * @param monthly whether there is one step per month (the month-length weighted mean applies)
 * @param cdoCalendar whether CDO knows the file's calendar (CDO 2.1.1 reads julian as standard)
 */
record AgreementFiles(String name, Path file, List<String> variables, boolean monthly, boolean cdoCalendar) {
    private static final Path TESTDATA = Path.of("../testdata").toAbsolutePath().normalize();

    /** Every file, generating the synthetic ones into {@code dir}. */
    static List<AgreementFiles> all(Path dir) throws IOException {
        List<AgreementFiles> files = new ArrayList<>(List.of(
                committed("tas_daily_small.nc", false, "tas"),
                committed("multi_daily_small.nc", false, "tas", "pr"),
                committed("tas_daily_noleap.nc", false, "tas"),
                committed("tas_daily_360day.nc", false, "tas"),
                committed("tas_daily_proleptic.nc", false, "tas"),
                committed("monthly_packed.nc", true, "psl", "tas"),
                committed("tas_daily_small_nc4.nc", false, "tas"),
                committed("real/monthly_navy_winds.cdf", true, "UWND", "VWND"),
                committed("real/tas_rectilinear_grid_2D.nc", true, "tas")));
        FixtureVariable tas = FixtureVariable.tas();
        FixtureVariable pr = FixtureVariable.pr();
        FixtureVariable psl = FixtureVariable.psl();
        files.add(generate(dir, fixture("standard_daily_utc", CfCalendar.STANDARD, Frequency.DAILY, 1999, 3,
                "days since 1850-01-01 00:00:00 UTC").variable(tas).variable(pr)));
        files.add(generate(dir, fixture("gregorian_monthly_packed", CfCalendar.STANDARD, Frequency.MONTHLY, 1899, 3,
                "hours since 1800-01-01 00:00:00").calendarAttribute("gregorian").variable(tas).variable(psl)));
        files.add(generate(dir, fixture("standard_no_calendar_month_end", CfCalendar.STANDARD,
                Frequency.MONTHLY_END, 1999, 3, "days since 1970-01-01").withoutCalendarAttribute().variable(tas)
                .variable(pr)));
        files.add(generate(dir, fixture("proleptic_daily_seconds", CfCalendar.PROLEPTIC_GREGORIAN, Frequency.DAILY,
                1999, 2, "seconds since 1970-01-01T00:00:00Z").variable(tas)));
        // CDO reads julian as standard; mid-month stamps keep every step in its month, so the per-step
        // statistics still compare (not the month lengths, which the xarray reference covers)
        files.add(generate(dir, fixture("julian_monthly", CfCalendar.JULIAN, Frequency.MONTHLY, 1899, 3,
                "days since 1800-01-01").variable(tas).variable(pr)));
        files.add(generate(dir, fixture("noleap_month_end", CfCalendar.NOLEAP, Frequency.MONTHLY_END, 2000, 3,
                "days since 0001-01-01").variable(tas).variable(psl)));
        files.add(generate(dir, fixture("day365_daily_hours", CfCalendar.NOLEAP, Frequency.DAILY, 2000, 2,
                "hours since 2000-01-01").calendarAttribute("365_day").variable(pr)));
        files.add(generate(dir, fixture("all_leap_monthly", CfCalendar.ALL_LEAP, Frequency.MONTHLY, 2001, 3,
                "days since 2000-01-01").variable(tas).variable(pr)));
        files.add(generate(dir, fixture("day366_daily_minutes", CfCalendar.ALL_LEAP, Frequency.DAILY, 2001, 2,
                "minutes since 2001-01-01 00:00 +00:00").calendarAttribute("366_day").variable(tas)));
        files.add(generate(dir, fixture("day360_month_end", CfCalendar.DAY_360, Frequency.MONTHLY_END, 2001, 3,
                "hours since 2000-01-01 00:00:00 UTC").variable(tas).variable(psl)));
        files.add(generate(dir, fixture("noleap_monthly_hours", CfCalendar.NOLEAP, Frequency.MONTHLY, 1990, 4,
                "hours since 1989-12-01 00:00:00").grid(5, 7).variable(tas).variable(pr)));
        files.add(generate(dir, fixture("day360_daily_minutes", CfCalendar.DAY_360, Frequency.DAILY, 2003, 2,
                "minutes since 2000-01-01").variable(pr)));
        return files;
    }

    private static AgreementFiles committed(String path, boolean monthly, String... variables) {
        return new AgreementFiles(path, TESTDATA.resolve(path), List.of(variables), monthly, true);
    }

    private static GridFixture.Builder fixture(String name, CfCalendar calendar, Frequency frequency, int start,
                                               int years, String units) {
        return GridFixture.builder(name).calendar(calendar).frequency(frequency).years(start, years).grid(3, 4)
                .seed(name.hashCode()).timeUnits(units);
    }

    private static AgreementFiles generate(Path dir, GridFixture.Builder builder) throws IOException {
        GridFixture fixture = builder.build();
        Path file = dir.resolve(fixture.name() + ".nc");
        FixtureWriter.write(fixture, file);
        return new AgreementFiles(fixture.name(), file, fixture.variables().stream().map(FixtureVariable::name)
                .toList(), fixture.frequency().monthly(), fixture.calendar() != CfCalendar.JULIAN);
    }

    @Override
    public String toString() {
        return name;
    }
}
