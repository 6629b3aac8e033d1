package io.sluice.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import io.sluice.core.run.RunLogContext;
import org.slf4j.LoggerFactory;

/**
 * Configures logging (logback) on standard error before a command runs, each line marked with the run id when
 * it belongs to a run ({@link RunLogContext}). By default a concise line, {@code 12:01:02 WARN run
 * 20261125-120102-3fa1c2: retried chunk DJF-2001 ...}, Sluice's lines from INFO up and the libraries' (NetCDF,
 * Hadoop, Parquet, JLine) errors only; {@code --quiet} keeps warnings and errors; {@code --debug} adds milliseconds,
 * the level DEBUG, thread and logger names and stack traces, and the libraries' INFO lines.
 *
 * <pre>{@code Logging.configure(Verbosity.of(args));}</pre>
 */
final class Logging {
    private static final String RUN = "%replace(run %X{" + RunLogContext.KEY + "}: ){'^run : $', ''}";
    private static final String CONCISE = "%d{HH:mm:ss} %level " + RUN + "%msg%n%nopex";
    private static final String DETAILED = "%d{HH:mm:ss.SSS} %level [%thread] %logger{36} " + RUN + "%msg%n";
    private static final String[] LIBRARIES = {"ucar", "org.apache.hadoop", "org.apache.parquet", "thredds"};
    /** JLine (under the progress bar) logs through java.util.logging; held here, as that API keeps loggers weakly. */
    private static final java.util.logging.Logger JLINE = java.util.logging.Logger.getLogger("org.jline");

    private Logging() {
    }

    /** Replaces whatever configuration logging had (a test may run several commands in one JVM). */
    static void configure(Verbosity verbosity) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(verbosity == Verbosity.DEBUG ? DETAILED : CONCISE);
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setName("stderr");
        appender.setEncoder(encoder);
        appender.setOutputStream(new ConsoleErr());
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        root.setLevel(verbosity == Verbosity.DEBUG ? Level.INFO : Level.WARN);
        context.getLogger("io.sluice").setLevel(switch (verbosity) {
            case QUIET -> Level.WARN;
            case NORMAL -> Level.INFO;
            case DEBUG -> Level.DEBUG;
        });
        JLINE.setLevel(verbosity == Verbosity.DEBUG ? java.util.logging.Level.INFO : java.util.logging.Level.OFF);
        for (String library : LIBRARIES) {
            context.getLogger(library).setLevel(verbosity == Verbosity.DEBUG ? Level.INFO : Level.ERROR);
        }
    }
}
