package io.sluice.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    @Test
    void suggestsTheClosestNameForATypo() {
        assertThat(DidYouMean.closest("tass", List.of("pr", "tas"))).contains("tas");
        assertThat(DidYouMean.closest("varibles", List.of("path", "variables", "type"))).contains("variables");
    }

    @Test
    void swappedLettersCountAsOneEdit() {
        assertThat(DidYouMean.closest("tpye", List.of("type", "path"))).contains("type");
    }

    @Test
    void suggestsNothingWhenNoNameIsClose() {
        assertThat(DidYouMean.closest("colour", List.of("path", "type"))).isEmpty();
        assertThat(DidYouMean.hint("xy", List.of("path"))).isEmpty();
    }
}
