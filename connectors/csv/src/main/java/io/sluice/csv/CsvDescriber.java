package io.sluice.csv;

import io.sluice.core.badrecord.OnError;
import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.FileRange;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.plan.TablePart;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * Describes a CSV source without reading it all: finds its files, cuts each into parts
 * ({@link BoundaryScanner}), reads each file's header (all must be the same) and guesses the column types from
 * the first {@code infer-rows} rows, in file order.
 *
 * <pre>{@code CsvPlan plan = CsvDescriber.describe(settings);  plan.description().parts();}</pre>
 */
final class CsvDescriber {
    private final CsvSourceSettings settings;
    private final IsoTime time;
    private List<String> names;
    private List<String> firstHeader;
    private CsvFile firstFile;
    private TypeInference inference;
    private long[] textChars;
    private int sampled;

    private CsvDescriber(CsvSourceSettings settings) {
        this.settings = settings;
        this.time = new IsoTime(settings.zone());
    }

    /** The plan of the source: its schema, the layout of each file and the description the runner plans from. */
    static CsvPlan describe(CsvSourceSettings settings) throws IOException {
        return new CsvDescriber(settings).run();
    }

    private CsvPlan run() throws IOException {
        List<CsvFile> files = CsvFiles.resolve(settings.base(), settings.path());
        Map<String, FileLayout> layouts = new LinkedHashMap<>();
        Map<String, CsvFile> byPath = new HashMap<>();
        for (CsvFile file : files) {
            FileLayout layout = layoutOf(file);
            layouts.put(file.path().toString(), layout);
            byPath.put(file.path().toString(), file);
            readHeadAndSample(file, layout);
        }
        if (names == null) {
            if (settings.columns() == null) {
                throw new CsvInputException(files.get(0).shown() + ": is empty; expected a header line with the"
                        + " column names" + (settings.header() ? "" : ", or name the columns with columns: [...]"));
            }
            names = settings.columns();
            inference = new TypeInference(names.size(), time);
            textChars = new long[names.size()];
        }
        CsvSchema schema = schema();
        List<VariableInfo> columns = new ArrayList<>();
        for (int c = 0; c < schema.size(); c++) {
            columns.add(VariableInfo.of(schema.names().get(c), List.of(), "text", schema.types().get(c), Map.of()));
        }
        List<TablePart> parts = new ArrayList<>();
        for (FileLayout layout : layouts.values()) {
            for (int i = 0; i < layout.starts().length; i++) {
                long start = layout.starts()[i];
                long end = layout.end(i);
                parts.add(TablePart.of(FileRange.bytes(layout.file().toString(), start, end), Map.of(),
                        end - start, -1));
            }
        }
        String origin = files.size() == 1 ? files.get(0).shown() : settings.path();
        SourceDescription description = SourceDescription.ofTable(origin, "CSV", columns, columns,
                Map.of("files", Integer.toString(files.size())), parts);
        return new CsvPlan(schema, layouts, byPath, description);
    }

    private FileLayout layoutOf(CsvFile file) throws IOException {
        try (FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.READ)) {
            ByteOrderMark bom = ByteOrderMark.of(channel);
            Charset charset = bom.charset(settings.dialect().charset());
            if (settings.dialect().byteScannable(charset)) {
                return new BoundaryScanner(settings.dialect(), settings.skipLines(), settings.header())
                        .scan(file, channel, bom, charset, settings.partSize());
            }
            return new FileLayout(file.path(), charset, channel.size(), new long[] {0}, new long[] {1},
                    endsWithLineBreak(channel, charset));
        }
    }

    private static boolean endsWithLineBreak(FileChannel channel, Charset charset) throws IOException {
        long size = channel.size();
        int n = (int) Math.min(size, 8);
        ByteBuffer tail = ByteBuffer.allocate(n);
        channel.read(tail, size - n);
        tail.flip();
        String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).decode(tail).toString();
        return !text.isEmpty() && (text.endsWith("\n") || text.endsWith("\r"));
    }

    private void readHeadAndSample(CsvFile file, FileLayout layout) throws IOException {
        OnError onError = settings.badRecords().readsPast() ? OnError.SKIP : OnError.FAIL;
        try (RecordCursor cursor = RecordCursor.open(file, settings.dialect(), layout, 0, settings.skipLines(),
                onError)) {
            CSVRecord first = cursor.next();
            String encoding = first == null ? null : cursor.encodingProblem();
            if (encoding != null) {
                throw new CsvInputException(file.shown() + ":" + cursor.line() + ": in the " + (settings.header()
                        ? "header, " : "first row, ") + encoding);
            }
            if (first == null) {
                if (settings.header() || (names == null && settings.columns() == null)) {
                    throw new CsvInputException(file.shown() + ": is empty; expected " + (settings.header()
                            ? "a header line with the column names" : "rows, or name the columns with columns: [...]"));
                }
                return;
            }
            List<String> header = first.toList();
            if (names == null) {
                start(file, cursor, header);
            } else if (settings.header() ? !header.equals(firstHeader) : header.size() != names.size()) {
                throw new CsvInputException(file.shown() + ":" + cursor.line() + ": " + (settings.header()
                        ? "header " + header + " differs from " + firstFile.shown() + "'s " + firstHeader
                        : header.size() + " fields, but " + firstFile.shown() + "'s first row has " + names.size())
                        + "; every file of a source must have the same columns");
            }
            if (!settings.header()) {
                sample(file, cursor, first);
            }
            for (CSVRecord r = sampled < settings.inferRows() ? cursor.next() : null; r != null;
                 r = sampled < settings.inferRows() ? cursor.next() : null) {
                sample(file, cursor, r);
            }
        }
    }

    private void start(CsvFile file, RecordCursor cursor, List<String> header) throws IOException {
        firstFile = file;
        firstHeader = header;
        List<String> given = settings.columns();
        if (given != null && given.size() != header.size()) {
            throw PipelineInvalidException.of(settings.config().locationOf("columns"),
                    settings.config().childPath("columns"), "lists " + given.size() + " names, but "
                            + file.shown() + "'s first " + (settings.header() ? "line (the header)" : "row") + " has "
                            + header.size() + " fields");
        }
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            chosen.add(given != null ? given.get(i) : settings.header() && h != null && !h.isBlank() ? h
                    : "column_" + (i + 1));
        }
        for (int i = 0; i < chosen.size(); i++) {
            int again = chosen.subList(0, i).indexOf(chosen.get(i));
            if (again >= 0) {
                throw new CsvInputException(file.shown() + ":" + cursor.line() + ": column '" + chosen.get(i)
                        + "' appears twice in the header (fields " + (again + 1) + " and " + (i + 1)
                        + "); name the columns with columns: [...]");
            }
        }
        names = chosen;
        inference = new TypeInference(names.size(), time);
        textChars = new long[names.size()];
    }

    /** Adds a row to the type guess; a row that does not fit is an error, or passed over with on-error set. */
    private void sample(CsvFile file, RecordCursor cursor, CSVRecord r) throws IOException {
        boolean readsPast = settings.badRecords().readsPast();
        if (readsPast && cursor.encodingProblem() != null) {
            return;
        }
        if (r.size() != names.size()) {
            if (readsPast) {
                return;
            }
            throw RowProblems.ragged(file, cursor.line(), r.size(), names, settings.header());
        }
        for (int c = 0; c < names.size(); c++) {
            String v = r.get(c);
            if (v == null || v.isEmpty() || settings.nullMarkers().indexOf(v) > 0) {
                continue;
            }
            inference.add(c, v);
            textChars[c] += v.length();
        }
        sampled++;
    }

    private CsvSchema schema() {
        Map<String, ColumnType> declared = settings.types();
        List<String> unknown = new ArrayList<>();
        for (String name : declared.keySet()) {
            if (!names.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw PipelineInvalidException.of(settings.config().locationOf("types"), settings.config()
                    .childPath("types"), "no column named " + String.join(", ", unknown) + "; the columns are "
                    + String.join(", ", names));
        }
        List<ColumnType> types = new ArrayList<>();
        long bytes = 0;
        for (int c = 0; c < names.size(); c++) {
            ColumnType type = declared.getOrDefault(names.get(c), inference.type(c));
            types.add(type);
            bytes += type == ColumnType.STRING ? 56 + (sampled == 0 ? 16 : textChars[c] / sampled) : 9;
        }
        return new CsvSchema(names, types, declared.keySet(), Math.max(1, bytes));
    }
}
