package io.sluice.netcdf.sink;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import ucar.nc2.jni.netcdf.Nc4Iosp;

/**
 * Whether the netCDF C library (Debian's {@code libnetcdf19}) can be loaded: netcdf-java writes NetCDF-4 only
 * through it (with JNA). Probed once, when a sink asking for NetCDF-4 is created (before any worker runs);
 * netcdf-java 4.5 prints the library's version to standard output while loading it, which would mix with the
 * command's output, so standard output is muted during the probe (its slf4j log keeps the lines).
 *
 * <pre>{@code if (NetcdfCLibrary.present()) { ... NetCDF-4 ... }}</pre>
 */
final class NetcdfCLibrary {
    private static volatile Boolean present;

    private NetcdfCLibrary() {
    }

    /** True when the library loads; false when it, or JNA, is missing. */
    static synchronized boolean present() {
        Boolean p = present;
        if (p == null) {
            PrintStream out = System.out;
            System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
            try {
                p = Nc4Iosp.isClibraryPresent();
            } catch (LinkageError | RuntimeException e) {
                p = false;
            } finally {
                System.setOut(out);
            }
            present = p;
        }
        return p;
    }
}
