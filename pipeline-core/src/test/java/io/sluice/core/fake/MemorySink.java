package io.sluice.core.fake;

import io.sluice.core.config.ConfigReader;
import io.sluice.core.data.Column;
import io.sluice.core.data.Table;
import io.sluice.core.spi.PartWriter;
import io.sluice.core.spi.Sink;
import io.sluice.core.spi.SinkFactory;
import io.sluice.core.spi.SinkSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Type {@code memory}: keeps committed rows as text lines under {@code name}; records aborts. */
public final class MemorySink implements SinkFactory {
    /** Committed output by sink name. */
    public static final Map<String, List<String>> COMMITTED = new ConcurrentHashMap<>();
    /** Names of sinks whose session was aborted. */
    public static final List<String> ABORTED = java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    public String type() {
        return "memory";
    }

    @Override
    public Sink create(ConfigReader settings) {
        String name = settings.requiredString("name");
        return new Sink() {
            @Override
            public SinkSession begin() {
                Map<Integer, List<String>> parts = new ConcurrentHashMap<>();
                return new SinkSession() {
                    @Override
                    public PartWriter part(int index) {
                        List<String> lines = new ArrayList<>();
                        parts.put(index, lines);
                        return new PartWriter() {
                            @Override
                            public void write(Table table) {
                                lines.add(String.join(",", table.columnNames()));
                                for (int r = 0; r < table.rowCount(); r++) {
                                    StringBuilder sb = new StringBuilder();
                                    for (Column c : table.columns()) {
                                        sb.append(sb.length() == 0 ? "" : ",").append(c.isNull(r) ? "" : c.stringValue(r));
                                    }
                                    lines.add(sb.toString());
                                }
                            }

                            @Override
                            public void close() {
                            }
                        };
                    }

                    @Override
                    public long commit() {
                        List<String> all = new ArrayList<>();
                        new TreeMap<>(parts).values().forEach(all::addAll);
                        COMMITTED.put(name, all);
                        return all.size();
                    }

                    @Override
                    public void abort() {
                        ABORTED.add(name);
                    }
                };
            }

            @Override
            public String target() {
                return "memory:" + name;
            }
        };
    }
}
