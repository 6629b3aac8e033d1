/** The {@code exec} stage: a program run on each chunk written to a file, its output read back as the chunk. */
package io.sluice.converters.exec;
