package io.sluice.parquet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Listing output trees. */
final class Trees {
    private Trees() {
    }

    /** Every regular file below {@code root}, relative to it, sorted. */
    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
