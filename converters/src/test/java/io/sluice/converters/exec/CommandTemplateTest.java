package io.sluice.converters.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Placeholders are replaced inside arguments, and an argument stays one argument whatever its value holds. */
class CommandTemplateTest {
    private static final Map<String, String> VALUES = Map.of("input", "/tmp/a b/in.nc", "output", "/tmp/o.nc",
            "season", "DJF", "year", "1982", "chunk", "DJF-1982");

    @Test
    void placeholdersAreReplacedWholeAndInsideLargerArguments() {
        CommandTemplate t = CommandTemplate.parse(List.of("cdo", "-s", "timmean", "{input}", "--out={output}",
                "tas_{season}_{year}.nc"));
        assertThat(t.placeholders()).containsExactly("input", "output", "season", "year");
        assertThat(t.placeholders(4)).containsExactly("output");
        assertThat(t.expand(VALUES)).containsExactly("cdo", "-s", "timmean", "/tmp/a b/in.nc", "--out=/tmp/o.nc",
                "tas_DJF_1982.nc");
    }

    @Test
    void anArgumentWithSpacesOrQuotesIsOneArgumentNeverSplit() {
        CommandTemplate t = CommandTemplate.parse(List.of("printf", "%s\\n", "two words 'quoted' \"too\" $HOME",
                "{input}"));
        List<String> argv = t.expand(VALUES);
        assertThat(argv).hasSize(4);
        assertThat(argv.get(2)).isEqualTo("two words 'quoted' \"too\" $HOME");
        assertThat(argv.get(3)).isEqualTo("/tmp/a b/in.nc");
    }

    @Test
    void doubledBracesAreLiteralBraces() {
        CommandTemplate t = CommandTemplate.parse(List.of("awk", "{{print $1}}", "{chunk}}}"));
        assertThat(t.placeholders()).containsExactly("chunk");
        assertThat(t.expand(VALUES)).containsExactly("awk", "{print $1}", "DJF-1982}");
    }

    @Test
    void aBraceThatStartsNoPlaceholderIsRefusedNamingTheArgumentAndCharacter() {
        assertThatThrownBy(() -> CommandTemplate.parse(List.of("cdo", "x{input")))
                .hasMessage("argument 1 'x{input': '{' at character 2 does not start a placeholder such as {input};"
                        + " write {{ for a literal brace");
        assertThatThrownBy(() -> CommandTemplate.parse(List.of("cdo", "{in put}")))
                .hasMessageContaining("'{' at character 1 does not start a placeholder");
    }

    @Test
    void aShellScriptGetsItsValuesAsPositionalParametersNeverInItsText() {
        CommandTemplate t = CommandTemplate.parseShell("cdo -s timmean {input} \"{output}\" 2>&1 | tee {input}.log");
        assertThat(t.shell()).isTrue();
        assertThat(t.expand(Map.of("input", "/tmp/it's here.nc", "output", "o.nc"))).containsExactly("/bin/sh", "-c",
                "cdo -s timmean \"${1}\" \"${2}\" 2>&1 | tee \"${1}\".log", "sh", "/tmp/it's here.nc", "o.nc");
    }

    @Test
    void aPlaceholderInsideSingleQuotesIsAnErrorSayingWhere() {
        assertThatThrownBy(() -> CommandTemplate.parseShell("echo \"it's\" > '{output}'"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("argument 0 'echo \"it's\" > '{output}'': {output} at character 16 is inside single quotes,"
                        + " where the shell expands nothing; write it unquoted or in double quotes");
    }

    @Test
    void aHostilePathReachesTheScriptAsOneWordUnquotedOrInDoubleQuotes(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("sp ace;touch INJECTED $(touch SUB) `touch BQ` \"q\" 'q'"));
        Path input = Files.writeString(folder.resolve("in.txt"), "payload\n");
        CommandRun run = new CommandRun(dir, Map.of(), true, Duration.ofSeconds(30), Set.of());
        for (String script : List.of("cat {input} > {output}", "cat \"{input}\" > \"{output}\"")) {
            Path output = folder.resolve("out " + script.length() + ".txt");
            run.run(CommandTemplate.parseShell(script).expand(Map.of("input", input.toString(), "output",
                    output.toString())), dir);
            assertThat(Files.readString(output)).as(script).isEqualTo("payload\n");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).doesNotContain("INJECTED", "SUB", "BQ");
        }
    }

    @Test
    void aPlaceholderWithoutValueIsAnError() {
        CommandTemplate t = CommandTemplate.parse(List.of("echo", "{month}"));
        assertThatThrownBy(() -> t.expand(VALUES)).hasMessage("no value for placeholder {month}");
    }

    @Test
    void theDisplayedCommandQuotesArgumentsAShellWouldSplit() {
        assertThat(CommandTemplate.display(List.of("cdo", "-s", "a b.nc", "", "it's"))).isEqualTo(
                "cdo -s 'a b.nc' '' 'it'\\''s'");
    }
}
