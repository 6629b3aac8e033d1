/** The Parquet source and sink: flat columns read and written as primitive arrays, parts published atomically. */
package io.sluice.parquet;
