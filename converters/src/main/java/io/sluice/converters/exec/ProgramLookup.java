package io.sluice.converters.exec;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds a program as a shell would: a name without {@code /} in the folders of a {@code PATH} value, in order; a
 * name with {@code /} is a path. Used both when the pipeline is validated and when the command starts, with the
 * same {@code PATH} the program will see (the stage's {@code env} may set its own).
 *
 * <pre>{@code ProgramLookup.find("cdo", "/usr/local/bin:/usr/bin")   // /usr/bin/cdo, or null}</pre>
 */
final class ProgramLookup {
    private ProgramLookup() {
    }

    /** The executable file {@code program} names on {@code path} (may be null: nothing is found), or null. */
    static Path find(String program, String path) {
        if (program.contains("/")) {
            Path file = Path.of(program);
            return isProgram(file) ? file : null;
        }
        for (String folder : path == null ? new String[0] : path.split(File.pathSeparator)) {
            Path file = Path.of(folder.isEmpty() ? "." : folder, program);
            if (isProgram(file)) {
                return file.toAbsolutePath();
            }
        }
        return null;
    }

    private static boolean isProgram(Path file) {
        return Files.isExecutable(file) && !Files.isDirectory(file);
    }
}
