package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.run.RunLogContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * The run id on a thread's log lines is put back as it was when a run's work ends (here, where a logging backend
 * keeps the MDC: pipeline-core's own tests have none).
 */
class RunLogContextTest {

    @AfterEach
    void clear() {
        MDC.remove(RunLogContext.KEY);
    }

    @Test
    void aTaskCarryingARunIdPutsBackTheIdTheThreadHadBefore() throws Exception {
        MDC.put(RunLogContext.KEY, "outer");
        String inside = RunLogContext.carrying("inner", () -> MDC.get(RunLogContext.KEY)).call();
        assertThat(inside).isEqualTo("inner");
        assertThat(MDC.get(RunLogContext.KEY)).isEqualTo("outer");
    }

    @Test
    void onAThreadWithoutAnIdTheIdIsRemovedAfterwardsEvenWhenTheTaskFails() {
        assertThatThrownBy(() -> RunLogContext.carrying("r1", () -> {
            throw new IllegalStateException("failed");
        }).call()).hasMessage("failed");
        assertThat(MDC.get(RunLogContext.KEY)).isNull();
    }

    @Test
    void openedScopesNestAndUnwindInOrder() {
        try (RunLogContext.Marked a = RunLogContext.open("a")) {
            try (RunLogContext.Marked b = RunLogContext.open("b")) {
                assertThat(MDC.get(RunLogContext.KEY)).isEqualTo("b");
            }
            assertThat(MDC.get(RunLogContext.KEY)).isEqualTo("a");
        }
        assertThat(MDC.get(RunLogContext.KEY)).isNull();
    }
}
