/**
 * A small, safe expression language for table stages (arithmetic, comparisons, and/or/not, is null, a few
 * functions), compiled against known column types into a tree of column-wise nodes over primitive arrays.
 */
package io.sluice.converters.expression;
