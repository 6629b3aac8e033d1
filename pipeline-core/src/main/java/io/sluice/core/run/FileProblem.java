package io.sluice.core.run;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * One line for a file-system failure, whose JDK message is often the bare path: the file, then what is wrong
 * with it ({@code out/x.csv: no such file or directory}, {@code ok.yaml: exists and is not a directory}).
 */
final class FileProblem {
    private FileProblem() {
    }

    static String describe(FileSystemException e) {
        String file = e.getFile() == null ? "" : e.getFile();
        if (e.getOtherFile() != null) {
            file = file + " -> " + e.getOtherFile();
        }
        String reason = e.getReason();
        if (reason == null || reason.isBlank()) {
            reason = what(e);
        }
        return (file.isEmpty() ? "" : file + ": ") + reason.replace('\n', ' ');
    }

    private static String what(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists (and is not a directory where a folder was expected)";
        }
        if (e instanceof NotDirectoryException) {
            return "is not a directory";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "is a directory that is not empty";
        }
        return "cannot be used (" + e.getClass().getSimpleName() + ")";
    }
}
