package io.sluice.converters.exec;

import io.sluice.core.config.ConfigReader;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the {@code command} setting of an {@code exec} stage: an argument list, or with {@code shell: true} one
 * script; checks its placeholders' syntax, that it writes {@code {output}}, and that its program exists (on the
 * {@code PATH} the program will see, or at the path given), so that these mistakes are found before any data is read.
 *
 * <pre>{@code CommandTemplate t = ExecCommand.read(settings, false, System.getenv("PATH"));   // null after recording problems}</pre>
 */
final class ExecCommand {
    /** The placeholder of the file the command reads. */
    static final String INPUT = "input";
    /** The placeholder of the file the command writes. */
    static final String OUTPUT = "output";
    /** The placeholder of the chunk's key. */
    static final String CHUNK = "chunk";

    private ExecCommand() {
    }

    /** The command's template, or null after recording every problem in {@code settings}. */
    static CommandTemplate read(ConfigReader settings, boolean shell, String path) {
        List<String> arguments = settings.strings("command", null);
        if (arguments == null) {
            settings.problem("command", "is required: the program and its arguments, such as"
                    + " [cdo, -s, timmean, \"{input}\", \"{output}\"]");
            return null;
        }
        if (arguments.isEmpty() || arguments.get(0).isBlank()) {
            settings.problem("command", "is empty; expected the program and its arguments");
            return null;
        }
        if (shell && arguments.size() > 1) {
            settings.problem("command", "with shell: true is one script, such as \"cdo -s timmean {input} {output}"
                    + " 2>&1 | tee log\"; got " + arguments.size() + " arguments");
            return null;
        }
        if (!shell && arguments.get(0).contains("/") && !Path.of(arguments.get(0)).isAbsolute()) {
            // a program's relative path is relative to the pipeline's folder, as every path in a pipeline
            arguments = new java.util.ArrayList<>(arguments);
            arguments.set(0, settings.baseDirectory().resolve(arguments.get(0)).toAbsolutePath().normalize().toString());
        }
        CommandTemplate template;
        try {
            template = shell ? CommandTemplate.parseShell(arguments.get(0)) : CommandTemplate.parse(arguments);
        } catch (IllegalArgumentException e) {
            settings.problem("command", e.getMessage());
            return null;
        }
        if (!template.placeholders().contains(OUTPUT)) {
            settings.problem("command", "does not name \"{output}\", the file the command must write its result to");
            return null;
        }
        if (!shell && template.placeholders(0).isEmpty()) {
            checkProgram(settings, arguments.get(0), path);
        }
        return template;
    }

    private static void checkProgram(ConfigReader settings, String program, String path) {
        if (program.contains("/")) {
            Path file = settings.baseDirectory().resolve(program).normalize();
            if (ProgramLookup.find(file.toString(), path) == null) {
                settings.problem("command[0]", "program " + file + " does not exist or is not executable");
            }
            return;
        }
        if (ProgramLookup.find(program, path) == null) {
            settings.problem("command[0]", "program '" + program + "' is not found on the PATH (" + path
                    + "); install it, give its path, or set PATH in env");
        }
    }
}
