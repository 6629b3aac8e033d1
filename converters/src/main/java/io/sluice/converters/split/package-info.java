/** Splits that cut a source's time axis into chunks: by season, calendar month, calendar year or step count. */
package io.sluice.converters.split;
