package io.sluice.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SluiceVersionTest {
    @Test
    void theVersionIsTheOneMavenStampedNotThePlaceholder() {
        // the root pom's <version>: 0.1.0-SNAPSHOT while this is written; any release has the same shape
        assertThat(SluiceVersion.current()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
