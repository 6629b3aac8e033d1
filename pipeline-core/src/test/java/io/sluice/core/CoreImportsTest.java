package io.sluice.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core depends on no format library: only the JDK, slf4j-api and the YAML parser. */
class CoreImportsTest {
    private static final List<String> ALLOWED = List.of("java.", "javax.annotation.", "io.sluice.core.",
            "org.slf4j.", "org.snakeyaml.engine.");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void coreImportsNoFormatLibrary() throws IOException {
        Path sources = Path.of("src/main/java");
        assertThat(sources).isDirectory();
        List<String> offending;
        try (Stream<Path> files = Files.walk(sources)) {
            offending = files.filter(p -> p.toString().endsWith(".java")).flatMap(CoreImportsTest::imports)
                    .filter(i -> ALLOWED.stream().noneMatch(i.split(" ")[1]::startsWith)).toList();
        }
        assertThat(offending).as("imports outside %s", ALLOWED).isEmpty();
    }

    @Test
    void coreNamesNoFormatLibraryInFullyQualifiedCode() throws IOException {
        Pattern qualified = Pattern.compile("\\b(ucar|edu\\.ucar|org\\.apache|picocli|com\\.fasterxml|org\\.yaml)\\.[a-z]");
        List<String> offending;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            offending = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return qualified.matcher(Files.readString(p)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void theCheckCatchesAFormatImport() {
        String text = "package x;\nimport ucar.nc2.NetcdfFile;\nimport java.util.List;\n";
        Matcher m = IMPORT.matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(2));
        }
        assertThat(found).containsExactly("ucar.nc2.NetcdfFile", "java.util.List");
        assertThat(ALLOWED.stream().anyMatch("ucar.nc2.NetcdfFile"::startsWith)).isFalse();
    }

    @Test
    void corePomDeclaresNoFormatLibrary() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).doesNotContain("edu.ucar", "commons-csv", "parquet", "hadoop", "picocli");
    }

    private static Stream<String> imports(Path file) {
        try {
            Matcher m = IMPORT.matcher(Files.readString(file));
            List<String> found = new java.util.ArrayList<>();
            while (m.find()) {
                found.add(file.getFileName() + " " + m.group(2));
            }
            return found.stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
