/** Runs pipelines on cron schedules, records every run and selects the input files not yet processed. */
package io.sluice.scheduler;
