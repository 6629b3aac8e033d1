package io.sluice.core.sink;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Checks an output target before a run writes anything for it: it must be a regular file or not exist (publishing
 * replaces it, so a directory, link, device or pipe is refused), and its folder must take a staging folder.
 */
final class OutputTarget {
    private OutputTarget() {
    }

    /** Checks {@code target} (absolute) and creates its staging folder {@code .<name><suffix>}. */
    static Path stagingFolder(Path target, String suffix) throws IOException {
        return stagingFolder(target, suffix, false);
    }

    /**
     * As {@link #stagingFolder(Path, String)}; when {@code tree} the target is a directory of files (a
     * partitioned output) that publishing replaces, so an existing directory is accepted and a file refused.
     */
    static Path stagingFolder(Path target, String suffix, boolean tree) throws IOException {
        if (tree && Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + ": is not a directory; expected the path of a directory of files to"
                    + " write, which publishing replaces");
        }
        if (!tree && Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + ": is not a regular file (" + kind(target) + "); expected the path of a"
                    + " file to write, which publishing replaces");
        }
        Path folder = SafePaths.beside(target, suffix);
        try {
            Files.createDirectories(folder);
        } catch (FileSystemException e) {
            throw new IOException(target + ": cannot write beside the target (creating " + folder.getFileName()
                    + ": " + reason(e) + "); expected a folder this user can write to", e);
        }
        return folder;
    }

    private static String reason(FileSystemException e) {
        if (e.getReason() != null) {
            return e.getReason();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        return e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
    }

    private static String kind(Path p) {
        if (Files.isSymbolicLink(p)) {
            return "a symbolic link";
        }
        return Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "a directory" : "a device, pipe or socket";
    }
}
