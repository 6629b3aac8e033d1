package io.sluice.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;

/**
 * Indents {@code report.json} two spaces a level, one entry a line, except that an object inside an array (a
 * chunk, an input, a retry) stays on one line: 10,000 chunks are 10,000 lines, not 140,000.
 *
 * <pre>{@code generator.setPrettyPrinter(ReportIndenter.printer());}</pre>
 */
final class ReportIndenter implements DefaultPrettyPrinter.Indenter {
    private static final DefaultIndenter LINES = new DefaultIndenter("  ", "\n");

    private ReportIndenter() {
    }

    /** A pretty printer that indents with this indenter. */
    static DefaultPrettyPrinter printer() {
        DefaultPrettyPrinter p = new DefaultPrettyPrinter();
        p.indentArraysWith(LINES);
        p.indentObjectsWith(new ReportIndenter());
        return p;
    }

    @Override
    public void writeIndentation(JsonGenerator g, int level) throws IOException {
        JsonStreamContext context = g.getOutputContext();
        if (context.inObject() && context.getParent() != null && context.getParent().inArray()) {
            g.writeRaw(' ');
        } else {
            LINES.writeIndentation(g, level);
        }
    }

    @Override
    public boolean isInline() {
        return false;
    }
}
