package io.sluice.testdata;

/**
 * How often a fixture has a time step.
 *
 * <pre>{@code
 * GridFixture.builder("m").frequency(Frequency.MONTHLY)...
 * }</pre>
 */
public enum Frequency {
  /** One step per day, stamped at 12:00, with bounds from 00:00 to 00:00 of the next day. */
  DAILY,
  /** One step per month, stamped at the middle of the month, with bounds at the month's start and end. */
  MONTHLY,
  /** One step per month, stamped at 00:00 of the month's last day, with bounds at the month's start and end. */
  MONTHLY_END;

  /** Whether there is one step per month. */
  public boolean monthly() {
    return this != DAILY;
  }
}
