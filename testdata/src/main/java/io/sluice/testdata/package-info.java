/** Deterministic generator of small CF-compliant NetCDF-3 test fixtures (and one large benchmark file). */
package io.sluice.testdata;
