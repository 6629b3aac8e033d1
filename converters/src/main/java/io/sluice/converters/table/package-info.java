/** Table stages: select, rename, filter, derive, cast and season columns, bound to their input columns at plan time. */
package io.sluice.converters.table;
