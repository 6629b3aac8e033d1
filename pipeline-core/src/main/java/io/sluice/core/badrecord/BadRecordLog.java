package io.sluice.core.badrecord;

import java.io.IOException;

/**
 * Where a source's reader puts the records it rejects when its policy reads past them; the runner gives one to
 * each chunk's reader, which calls it in input order.
 *
 * <pre>{@code if (!fits) log.add(new BadRecord(file, line, raw, reason, message));}</pre>
 */
@FunctionalInterface
public interface BadRecordLog {

    /** Records one bad record; the reader then goes on with the next record. */
    void add(BadRecord record) throws IOException;
}
