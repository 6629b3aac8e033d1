package io.sluice.parquet;

import io.sluice.core.data.Column;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The key-value metadata Sluice writes in a Parquet footer, and reads back as column attributes.
 * <ul>
 *   <li>{@code sluice.column.<column>.<attribute>}: one entry per column attribute, such as
 *   {@code sluice.column.tas.units = K}; read back into the column's attributes.</li>
 *   <li>{@code sluice.metadata}: a JSON object with {@code "format": 1}, {@code "pipeline"} (the pipeline
 *   file, or {@code java dsl}), {@code "partition_by"} (a list, empty for one file) and {@code "columns"}: per
 *   column its Sluice {@code "type"} and {@code "attributes"}.</li>
 * </ul>
 */
final class SluiceMetadata {
    /** Prefix of the per-attribute keys. */
    static final String COLUMN_PREFIX = "sluice.column.";
    /** Key of the JSON summary. */
    static final String SUMMARY_KEY = "sluice.metadata";

    private SluiceMetadata() {
    }

    /** The metadata of a file holding {@code columns}, written by a sink with {@code settings}. */
    static Map<String, String> of(List<Column> columns, ParquetSinkSettings settings) {
        Map<String, String> kv = new LinkedHashMap<>();
        StringBuilder json = new StringBuilder("{\"format\":1,\"pipeline\":");
        quote(json, settings.pipeline());
        json.append(",\"partition_by\":[");
        for (int i = 0; i < settings.partitionBy().size(); i++) {
            quote(json.append(i == 0 ? "" : ","), settings.partitionBy().get(i));
        }
        json.append("],\"columns\":{");
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            quote(json.append(i == 0 ? "" : ","), c.name());
            json.append(":{\"type\":\"").append(c.type()).append("\",\"attributes\":{");
            int n = 0;
            for (Map.Entry<String, String> a : new TreeMap<>(c.attributes()).entrySet()) {
                kv.put(COLUMN_PREFIX + c.name() + "." + a.getKey(), a.getValue());
                quote(json.append(n++ == 0 ? "" : ","), a.getKey());
                quote(json.append(':'), a.getValue());
            }
            json.append("}}");
        }
        kv.put(SUMMARY_KEY, json.append("}}").toString());
        return kv;
    }

    /**
     * The attributes of each of {@code columns} found in the per-attribute keys; a column name with dots is
     * matched as a whole (the longest name that fits wins).
     */
    static Map<String, Map<String, String>> attributes(Map<String, String> keyValues, Collection<String> columns) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : keyValues.entrySet()) {
            String key = e.getKey();
            if (!key.startsWith(COLUMN_PREFIX)) {
                continue;
            }
            String rest = key.substring(COLUMN_PREFIX.length());
            String owner = null;
            for (String c : columns) {
                if (rest.startsWith(c + ".") && rest.length() > c.length() + 1
                        && (owner == null || c.length() > owner.length())) {
                    owner = c;
                }
            }
            if (owner != null) {
                out.computeIfAbsent(owner, k -> new TreeMap<>()).put(rest.substring(owner.length() + 1), e.getValue());
            }
        }
        return out;
    }

    /** Whether a footer key is Sluice's own (not a file attribute to show). */
    static boolean isOwn(String key) {
        return key.startsWith(COLUMN_PREFIX) || key.equals(SUMMARY_KEY);
    }

    private static void quote(StringBuilder b, String s) {
        if (s == null) {
            b.append("null");
            return;
        }
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
