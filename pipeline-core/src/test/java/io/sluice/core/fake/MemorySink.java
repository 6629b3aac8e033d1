package io.sluice.core.fake;

import io.sluice.core.config.ConfigReader;
import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;
import io.sluice.core.spi.PartWriter;
import io.sluice.core.spi.Sink;
import io.sluice.core.spi.SinkFactory;
import io.sluice.core.spi.SinkSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Sink type {@code memory}: on commit, keeps the rows of every part, in part order, under {@code name}, both as
 * text lines and as typed rows; an aborted session is recorded and leaves nothing committed under its name.
 * <ul>
 *   <li>Text ({@link #COMMITTED}, {@link #lines}): each row's values joined by commas, missing values empty;
 *   each written table starts with a line of its column names unless {@code header: false}.</li>
 *   <li>Typed ({@link #rows}): a row maps column names to String, Long or Double values (null when
 *   missing).</li>
 * </ul>
 *
 * <pre>{@code
 * sink: { type: memory, name: out }
 * List<String> lines = MemorySink.lines("out");                  // "parity,lat,lon,v,count", "even,-10.0,..."
 * List<Map<String, Object>> rows = MemorySink.rows("out");       // {parity=even, lat=-10.0, ..., count=3}
 * }</pre>
 */
public final class MemorySink implements SinkFactory {
    /** Committed text lines by sink name. */
    public static final Map<String, List<String>> COMMITTED = new ConcurrentHashMap<>();
    /** Names of sinks whose session was aborted. */
    public static final List<String> ABORTED = Collections.synchronizedList(new ArrayList<>());
    private static final Map<String, List<Map<String, Object>>> TYPED = new ConcurrentHashMap<>();

    /** The text lines committed under {@code name}; null when nothing was. */
    public static List<String> lines(String name) {
        return COMMITTED.get(name);
    }

    /** The typed rows committed under {@code name}; null when nothing was. */
    public static List<Map<String, Object>> rows(String name) {
        return TYPED.get(name);
    }

    @Override
    public String type() {
        return "memory";
    }

    @Override
    public Sink create(ConfigReader settings) {
        String name = settings.requiredString("name");
        boolean header = settings.bool("header", true);
        return new Sink() {
            @Override
            public SinkSession begin() {
                return session(name, header);
            }

            @Override
            public String target() {
                return "memory:" + name;
            }
        };
    }

    /** What one part wrote. */
    private record Part(List<String> lines, List<Map<String, Object>> rows) {
    }

    private static SinkSession session(String name, boolean header) {
        Map<Integer, Part> parts = new ConcurrentSkipListMap<>();
        return new SinkSession() {
            @Override
            public PartWriter part(int index) {
                Part part = new Part(new ArrayList<>(), new ArrayList<>());
                parts.put(index, part);
                return new PartWriter() {
                    @Override
                    public void write(Table table) {
                        if (header) {
                            part.lines().add(String.join(",", table.columnNames()));
                        }
                        for (int r = 0; r < table.rowCount(); r++) {
                            part.lines().add(line(table, r));
                            part.rows().add(row(table, r));
                        }
                    }

                    @Override
                    public void close() {
                    }
                };
            }

            @Override
            public long commit() {
                List<String> lines = new ArrayList<>();
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Part p : parts.values()) {
                    lines.addAll(p.lines());
                    rows.addAll(p.rows());
                }
                TYPED.put(name, rows);
                COMMITTED.put(name, lines);
                return lines.size();
            }

            @Override
            public void abort() {
                ABORTED.add(name);
                COMMITTED.remove(name);
                TYPED.remove(name);
            }
        };
    }

    private static String line(Table table, int r) {
        List<String> values = new ArrayList<>();
        for (Column c : table.columns()) {
            values.add(c.isNull(r) ? "" : c.stringValue(r));
        }
        return String.join(",", values);
    }

    private static Map<String, Object> row(Table table, int r) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Column c : table.columns()) {
            Object value;
            if (c.isNull(r)) {
                value = null;
            } else if (c.type() == ColumnType.STRING) {
                value = c.stringValue(r);
            } else if (c.type() == ColumnType.LONG) {
                value = c.longValue(r);
            } else if (c.type() == ColumnType.BOOLEAN) {
                value = c.longValue(r) != 0;
            } else {
                value = c.doubleValue(r);
            }
            row.put(c.name(), value);
        }
        return row;
    }
}
