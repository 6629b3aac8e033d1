/**
 * CSV files as tables: a source that reads them in quote-safe byte-range parts with Commons CSV, and a sink
 * that writes parts in a staging folder and publishes them as one file atomically.
 */
package io.sluice.csv;
