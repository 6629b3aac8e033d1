package io.sluice.netcdf;

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

/** Sink type {@code test-memory} for runs in this module's tests: committed rows as text, by sink name. */
public final class MemorySinkForTests implements SinkFactory {
    /** Committed rows by sink name. */
    static final Map<String, List<String>> COMMITTED = new ConcurrentHashMap<>();

    @Override
    public String type() {
        return "test-memory";
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
                        List<String> rows = new ArrayList<>();
                        parts.put(index, rows);
                        return new PartWriter() {
                            @Override
                            public void write(Table table) {
                                for (int r = 0; r < table.rowCount(); r++) {
                                    StringBuilder b = new StringBuilder();
                                    for (Column c : table.columns()) {
                                        b.append(c.isNull(r) ? "" : c.stringValue(r)).append(',');
                                    }
                                    rows.add(b.toString());
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
                        COMMITTED.remove(name);
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
