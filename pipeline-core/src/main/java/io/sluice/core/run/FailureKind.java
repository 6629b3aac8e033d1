package io.sluice.core.run;

import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.spi.ClassifiedFailure;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipException;

/**
 * Whether a chunk's failure may go away when the chunk is tried again. Time-outs and I/O errors are transient;
 * a full disk, bad data (an unexpected end of file, undecodable bytes or compression, a CSV value that does not
 * fit its column: {@code BadInputException}, which classifies itself), a missing or unreadable
 * file and every other error (bad settings, a bug) are not: retrying them would fail again, so the run stops at
 * once. An exception that implements {@link ClassifiedFailure} (anywhere among the causes) decides by itself; its
 * message is never scanned.
 *
 * <pre>{@code if (FailureKind.of(e) == FailureKind.TRANSIENT) { retry(); }}</pre>
 */
enum FailureKind {
    /** May succeed when tried again. */
    TRANSIENT,
    /** No space left on the output's file system. */
    DISK_FULL,
    /** Will fail again. */
    PERMANENT;

    static FailureKind of(Throwable failure) {
        ClassifiedFailure classified = classified(failure);
        if (classified != null) {
            return classified.mayPassOnRetry() ? TRANSIENT : PERMANENT;
        }
        FailureKind kind = PERMANENT;
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof PipelineInvalidException) {
                return PERMANENT;
            }
            if (isDiskFull(e)) {
                return DISK_FULL;
            }
            if (e instanceof EOFException || e instanceof CharacterCodingException || e instanceof ZipException
                    || e instanceof NoSuchFileException || e instanceof AccessDeniedException
                    || e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException
                    || mentionsEndOfFile(e)) {
                return PERMANENT;
            }
            if (e instanceof InterruptedIOException || e instanceof TimeoutException
                    || e instanceof IOException || e instanceof UncheckedIOException) {
                kind = TRANSIENT;
            }
        }
        return kind;
    }

    /** The first exception of {@code failure}'s causes that classifies itself, or null. */
    private static ClassifiedFailure classified(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof ClassifiedFailure c) {
                return c;
            }
        }
        return null;
    }

    private static final List<String> DISK_FULL_TEXTS = List.of("No space left on device",
            "Disk quota exceeded", "There is not enough space on the disk");

    /** Whether {@code failure} or a cause says the disk is full or the quota exceeded. */
    static boolean isDiskFull(Throwable failure) {
        return diskFullText(failure) != null;
    }

    /**
     * The operating system's words for the full disk ({@code No space left on device}), or null; a failure that
     * classifies itself is never read as a full disk (its message may quote another program's output).
     */
    static String diskFullText(Throwable failure) {
        if (classified(failure) != null) {
            return null;
        }
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            String m = e.getMessage();
            for (String text : m == null ? List.<String>of() : DISK_FULL_TEXTS) {
                if (m.contains(text)) {
                    return text;
                }
            }
        }
        return null;
    }

    private static boolean mentionsEndOfFile(Throwable e) {
        String m = e.getMessage();
        return m != null && m.toLowerCase(Locale.ROOT).contains("end of file");
    }
}
