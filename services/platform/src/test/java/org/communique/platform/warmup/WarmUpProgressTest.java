package org.communique.platform.warmup;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Readiness follows the warm-up: DOWN while it runs, UP once it is over, whichever way it ends. */
class WarmUpProgressTest {

    @Test
    void downUntilTheWarmUpIsDoneThenUp() throws Exception {
        WarmUpProgress progress = new WarmUpProgress();
        assertThat(progress.response("w").getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        Thread thread = new Thread(() -> progress.run(List.of(() -> {
            ran.incrementAndGet();
            awaitQuietly(release);
        }), 2, Duration.ofMinutes(1), () -> false));
        thread.start();
        await().until(() -> ran.get() == 1);
        assertThat(progress.state()).isEqualTo(WarmUpProgress.State.RUNNING);
        assertThat(progress.response("w").getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);

        release.countDown();
        thread.join(10_000);
        assertThat(progress.state()).isEqualTo(WarmUpProgress.State.DONE);
        assertThat(progress.rounds()).isEqualTo(2);
        assertThat(ran).hasValue(2);
        assertThat(progress.response("w").getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void theTimeLimitEndsItAndTheInstanceIsReady() {
        WarmUpProgress progress = new WarmUpProgress();
        AtomicInteger ran = new AtomicInteger();
        progress.run(List.of(() -> {
            ran.incrementAndGet();
            sleepQuietly();
        }), 1_000_000, Duration.ofMillis(50), () -> false);
        assertThat(progress.state()).isEqualTo(WarmUpProgress.State.TIME_LIMIT);
        assertThat(progress.rounds()).isLessThan(1_000_000);
        assertThat(progress.response("w").getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void aFailingStepEndsItReadyAndStoppingEndsItAtOnce() {
        WarmUpProgress failing = new WarmUpProgress();
        assertThatThrownBy(() -> failing.run(List.of(() -> {
            throw new IllegalStateException("boom");
        }), 3, Duration.ofMinutes(1), () -> false)).hasMessage("boom");
        assertThat(failing.state()).isEqualTo(WarmUpProgress.State.FAILED);
        assertThat(failing.ready()).isTrue();

        WarmUpProgress stopped = new WarmUpProgress();
        AtomicInteger ran = new AtomicInteger();
        stopped.run(List.of(ran::incrementAndGet), 3, Duration.ofMinutes(1), () -> true);
        assertThat(ran).hasValue(0);
        assertThat(stopped.ready()).isTrue();

        WarmUpProgress disabled = new WarmUpProgress();
        disabled.disable();
        assertThat(disabled.response("w").getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
