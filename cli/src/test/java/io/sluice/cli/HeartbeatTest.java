package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The daemon-thread heartbeat beats, and leaves no thread behind once stopped, run after run. */
class HeartbeatTest {

    @Test
    void itBeatsOnADaemonThreadAndItsThreadEndsWhenStopped() throws Exception {
        for (int run = 0; run < 3; run++) {
            CountDownLatch beats = new CountDownLatch(3);
            Thread[] beatingThread = new Thread[1];
            Heartbeat.Beating beating = Heartbeat.daemonThread().start(() -> {
                beatingThread[0] = Thread.currentThread();
                beats.countDown();
            }, Duration.ofMillis(5));
            assertThat(beats.await(1, TimeUnit.MINUTES)).isTrue();
            assertThat(beatingThread[0].isDaemon()).isTrue();
            assertThat(beatingThread[0].getName()).isEqualTo(Heartbeat.THREAD_NAME);
            beating.stop();
            beating.stop(); // twice is fine
            beatingThread[0].join(TimeUnit.MINUTES.toMillis(1));
            assertThat(beatingThread[0].isAlive()).isFalse();
        }
    }
}
