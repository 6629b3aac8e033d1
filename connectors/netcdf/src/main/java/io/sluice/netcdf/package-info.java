/** The NetCDF source: reads NetCDF-3 and NetCDF-4 grids with CF time, packing and missing values. */
package io.sluice.netcdf;
