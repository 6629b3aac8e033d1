package io.sluice.cli;

/**
 * Configures the simple logging binding before the first logger exists: warnings only, on standard error,
 * unless {@code --debug} asks for more.
 */
final class Logging {
    private Logging() {
    }

    static void configure(boolean debug) {
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "warn");
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
        setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
        setIfAbsent("org.slf4j.simpleLogger.log.ucar", debug ? "info" : "error");
        setIfAbsent("org.slf4j.simpleLogger.log.org.apache.hadoop", debug ? "info" : "error");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
