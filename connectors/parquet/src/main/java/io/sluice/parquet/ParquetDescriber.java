package io.sluice.parquet;

import io.sluice.core.config.DidYouMean;
import io.sluice.core.config.Problems;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.FileRange;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.plan.TablePart;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Describes a Parquet dataset from its footers alone: the selected columns (from the first file; every other file
 * must hold them with the same types), the first file's key-value metadata as attributes, the
 * {@code sluice.column.*} metadata as column attributes, and one part per row group, labelled with its file's
 * partition values.
 */
final class ParquetDescriber {
    private ParquetDescriber() {
    }

    /** The description and the columns to read. */
    record Described(SourceDescription description, List<SourceColumn> columns) {
    }

    static Described describe(ParquetSourceSettings settings) throws IOException {
        List<DatasetFiles.Entry> files = DatasetFiles.find(settings.base(), settings.path());
        List<SourceColumn> columns = null;
        List<VariableInfo> infos = null;
        List<VariableInfo> all = null;
        Map<String, String> attributes = new LinkedHashMap<>();
        List<TablePart> parts = new ArrayList<>();
        for (DatasetFiles.Entry entry : files) {
            try (ParquetFileReader reader = ParquetFiles.open(entry.file())) {
                MessageType schema = reader.getFileMetaData().getSchema();
                Map<String, String> keyValues = reader.getFileMetaData().getKeyValueMetaData();
                if (columns == null) {
                    columns = select(settings, schema, entry);
                    Map<String, Map<String, String>> columnAttributes = SluiceMetadata.attributes(keyValues,
                            schema.getFields().stream().map(Type::getName).toList());
                    infos = infos(columns, columnAttributes);
                    all = infos(readable(schema, settings.decimalAsString()), columnAttributes);
                    keyValues.forEach((k, v) -> {
                        if (!SluiceMetadata.isOwn(k) && !k.startsWith("ARROW:")) {
                            attributes.put(k, v);
                        }
                    });
                } else {
                    ReadSchema.check(columns, schema, entry.file(), settings.decimalAsString());
                }
                addParts(parts, reader, entry, columns);
            }
        }
        String origin = settings.path();
        return new Described(SourceDescription.ofTable(origin, "Parquet", infos, all, attributes, parts), columns);
    }

    private static List<SourceColumn> select(ParquetSourceSettings settings, MessageType schema,
                                             DatasetFiles.Entry entry) {
        Problems problems = new Problems();
        List<SourceColumn> out = new ArrayList<>();
        List<String> names = schema.getFields().stream().map(Type::getName).toList();
        if (settings.columns() == null) {
            for (Type field : schema.getFields()) {
                String why = SourceColumn.unsupported(field);
                if (why != null) {
                    settings.problem(problems, "path", "column '" + field.getName() + "' of " + entry.file()
                            + " is " + why + "; list the columns to read with columns: [...]");
                } else {
                    out.add(SourceColumn.of(field.asPrimitiveType(), settings.decimalAsString()));
                }
            }
        } else {
            for (int i = 0; i < settings.columns().size(); i++) {
                String name = settings.columns().get(i);
                String key = "columns[" + i + "]";
                if (!schema.containsField(name)) {
                    settings.problem(problems, key, "'" + name + "' is not a column of " + entry.file()
                            + "; available: " + String.join(", ", names) + "." + DidYouMean.hint(name, names));
                    continue;
                }
                Type field = schema.getType(name);
                String why = SourceColumn.unsupported(field);
                if (why != null) {
                    settings.problem(problems, key, "'" + name + "' is " + why);
                } else {
                    out.add(SourceColumn.of(field.asPrimitiveType(), settings.decimalAsString()));
                }
            }
        }
        problems.throwIfAny();
        return out;
    }

    private static List<SourceColumn> readable(MessageType schema, boolean decimalAsString) {
        List<SourceColumn> out = new ArrayList<>();
        for (Type field : schema.getFields()) {
            if (SourceColumn.unsupported(field) == null) {
                out.add(SourceColumn.of(field.asPrimitiveType(), decimalAsString));
            }
        }
        return out;
    }

    private static List<VariableInfo> infos(List<SourceColumn> columns, Map<String, Map<String, String>> attributes) {
        List<VariableInfo> out = new ArrayList<>();
        for (SourceColumn c : columns) {
            out.add(VariableInfo.of(c.name(), List.of(), c.storedType(), c.type(),
                    attributes.getOrDefault(c.name(), Map.of())));
        }
        return out;
    }

    /** The codecs parquet-mr decompresses with the classes Sluice ships (no native Hadoop, no Brotli or LZO). */
    private static final Set<CompressionCodecName> READABLE = EnumSet.of(CompressionCodecName.UNCOMPRESSED,
            CompressionCodecName.SNAPPY, CompressionCodecName.GZIP, CompressionCodecName.ZSTD,
            CompressionCodecName.LZ4_RAW);

    private static void addParts(List<TablePart> parts, ParquetFileReader reader, DatasetFiles.Entry entry,
                                 List<SourceColumn> columns) throws IOException {
        List<BlockMetaData> groups = reader.getRowGroups();
        for (int g = 0; g < groups.size(); g++) {
            BlockMetaData block = groups.get(g);
            long bytes = 0;
            for (ColumnChunkMetaData chunk : block.getColumns()) {
                String name = chunk.getPath().toDotString();
                if (columns.stream().anyMatch(c -> c.name().equals(name))) {
                    if (!READABLE.contains(chunk.getCodec())) {
                        throw new IOException(entry.file() + ": column '" + name + "' is compressed with "
                                + chunk.getCodec() + ", which Sluice cannot read; it reads " + READABLE);
                    }
                    bytes += chunk.getTotalUncompressedSize();
                }
            }
            parts.add(TablePart.of(FileRange.rowGroups(entry.file().toString(), g, g + 1), entry.labels(), bytes,
                    block.getRowCount()));
        }
    }
}
