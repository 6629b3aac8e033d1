package io.sluice.core.config;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code ${env:NAME}} in a text setting with the environment variable's value; {@code $${env:NAME}}
 * stands for the text {@code ${env:NAME}}. Any other text, {@code $HOME} or {@code ${HOME}} included, is kept as
 * it is, and nothing is ever run through a shell.
 */
final class EnvironmentText {
    private static final Pattern REFERENCE = Pattern.compile("\\$?\\$\\{env:([^}]*)}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private EnvironmentText() {
    }

    /** The expanded text, or null after reporting a bad or unset variable to {@code problem(key, message)}. */
    static String expand(String text, Map<String, String> environment, String key,
                         BiConsumer<String, String> problem) {
        if (!text.contains("${env:")) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean ok = true;
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (m.group().startsWith("$$")) {
                replacement = m.group().substring(1);
            } else if (!NAME.matcher(name).matches()) {
                problem.accept(key, "'${env:" + name + "}' does not name an environment variable; expected"
                        + " ${env:NAME} with letters, digits and _");
                ok = false;
                replacement = "";
            } else if (environment.get(name) == null) {
                problem.accept(key, "environment variable " + name + " is not set (used as ${env:" + name
                        + "}); set it or write the value");
                ok = false;
                replacement = "";
            } else {
                replacement = environment.get(name);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return ok ? out.toString() : null;
    }
}
