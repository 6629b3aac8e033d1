package io.sluice.netcdf.sink;

import io.sluice.core.data.Axis;
import io.sluice.core.data.ColumnType;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a part knows besides its values (schema, labels, each record's time and bounds), written after the values
 * at the end of the part's file when the part completes, so that the file alone (whose checksum the run's manifest
 * records) is enough for a resumed run to commit the part. The part's {@value #VALUES} fact says where the values
 * end and the trailer begins.
 *
 * <pre>{@code
 * byte[] trailer = RecordTrailer.encode(part);                 // appended to the file on close
 * StagedRecords again = RecordTrailer.read(3, file, facts);     // at commit, fresh or resumed
 * }</pre>
 */
final class RecordTrailer {
    /** The fact holding the number of value bytes before the trailer. */
    static final String VALUES = "value-bytes";
    private static final int MAGIC = 0x534c4e31; // "SLN1"

    private RecordTrailer() {
    }

    /** The trailer of a closed part. */
    static byte[] encode(StagedRecords part) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            RecordSchema schema = part.schema();
            out.writeBoolean(schema != null);
            if (schema != null) {
                writeStrings(out, schema.labelNames());
                writeMap(out, part.labels());
                out.writeInt(schema.space().size());
                for (Axis a : schema.space()) {
                    writeString(out, a.name());
                    writeString(out, a.units());
                    double[] values = a.values();
                    out.writeInt(values.length);
                    for (double v : values) {
                        out.writeDouble(v);
                    }
                }
                out.writeInt(schema.variables().size());
                for (OutputVariable v : schema.variables()) {
                    writeString(out, v.name());
                    writeString(out, v.type().name());
                    writeMap(out, v.attributes());
                }
                out.writeBoolean(part.bounded());
                out.writeBoolean(part.climatology());
            }
            out.writeInt(part.records());
            for (int r = 0; r < part.records(); r++) {
                out.writeDouble(part.time(r));
                out.writeDouble(part.lower(r));
                out.writeDouble(part.upper(r));
            }
        }
        return bytes.toByteArray();
    }

    /** Part {@code index} read back from its file, closed; throws naming the file when it is not such a part. */
    static StagedRecords read(int index, Path file, Map<String, String> facts) throws IOException {
        String at = facts.get(VALUES);
        if (at == null) {
            throw new IOException(file + ": staged part " + index + " does not say where its values end");
        }
        StagedRecords part = new StagedRecords(index, file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(Long.parseLong(at));
            InputStream stream = new BufferedInputStream(Channels.newInputStream(channel));
            DataInputStream in = new DataInputStream(stream);
            if (in.readInt() != MAGIC) {
                throw new IOException(file + ": staged part " + index + " has no record trailer at byte " + at);
            }
            if (in.readBoolean()) {
                List<String> labelNames = readStrings(in);
                Map<String, String> labels = readMap(in);
                List<Axis> space = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) {
                    String name = readString(in);
                    String units = readString(in);
                    double[] values = new double[in.readInt()];
                    for (int k = 0; k < values.length; k++) {
                        values[k] = in.readDouble();
                    }
                    space.add(Axis.of(name, units, values));
                }
                List<OutputVariable> variables = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) {
                    variables.add(new OutputVariable(readString(in), ColumnType.valueOf(readString(in)),
                            readMap(in)));
                }
                RecordSchema schema = new RecordSchema(labelNames, List.copyOf(space), List.copyOf(variables),
                        List.of());
                part.describe(schema, labels, in.readBoolean(), in.readBoolean());
            }
            for (int r = in.readInt(); r > 0; r--) {
                part.addRecord(in.readDouble(), in.readDouble(), in.readDouble());
            }
        } catch (RuntimeException e) {
            throw new IOException(file + ": staged part " + index + " has a damaged record trailer: " + e, e);
        }
        part.close();
        return part;
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void writeStrings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            writeString(out, s);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            out.add(readString(in));
        }
        return List.copyOf(out);
    }

    private static void writeMap(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> e : map.entrySet()) {
            writeString(out, e.getKey());
            writeString(out, e.getValue());
        }
    }

    private static Map<String, String> readMap(DataInputStream in) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            out.put(readString(in), readString(in));
        }
        return out;
    }
}
