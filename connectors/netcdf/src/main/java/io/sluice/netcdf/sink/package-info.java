/** The NetCDF sink: statistics and split steps written as CF NetCDF files, staged and published atomically. */
package io.sluice.netcdf.sink;
