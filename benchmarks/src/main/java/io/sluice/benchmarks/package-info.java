/**
 * JMH benchmarks of Sluice's hot loops (NetCDF-3 decoding and slice reads, statistics accumulation, CSV row
 * formatting) and the DuckDB peer that bench/run.sh compares the CSV to Parquet conversion with.
 */
package io.sluice.benchmarks;
