/** The CSV sink: writes tables as CSV parts in a staging folder and publishes them as one file atomically. */
package io.sluice.csv;
