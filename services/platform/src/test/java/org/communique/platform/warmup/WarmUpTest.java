package org.communique.platform.warmup;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A warm-up runs its steps on its own thread, reports as the readiness check it is, and never keeps an instance down. */
class WarmUpTest {

    @Test
    void runsEveryRoundOnItsOwnThreadThenReportsUp() {
        AtomicInteger ran = new AtomicInteger();
        List<String> threads = new CopyOnWriteArrayList<>();
        TestWarmUp warmUp = new TestWarmUp(settings(true, 3), List.of(() -> {
            ran.incrementAndGet();
            threads.add(Thread.currentThread().getName());
        }, ran::incrementAndGet));
        warmUp.begin();
        await().until(() -> warmUp.progress().ready());

        assertThat(warmUp.progress().state()).isEqualTo(WarmUpProgress.State.DONE);
        assertThat(ran).hasValue(6);
        assertThat(threads).containsOnly("test-warm-up");
        HealthCheckResponse response = warmUp.call();
        assertThat(response.getName()).isEqualTo("Test warm-up");
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData().orElseThrow()).containsEntry("rounds", 3L);
    }

    @Test
    void aStepThatThrowsLeavesTheInstanceReady() {
        TestWarmUp warmUp = new TestWarmUp(settings(true, 3), List.of(() -> {
            throw new IllegalStateException("broken step");
        }));
        warmUp.begin();
        await().until(() -> warmUp.progress().ready());

        assertThat(warmUp.progress().state()).isEqualTo(WarmUpProgress.State.FAILED);
        assertThat(warmUp.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void stepsThatCannotBeBuiltLeaveTheInstanceReady() {
        TestWarmUp warmUp = new TestWarmUp(settings(true, 3), null);
        warmUp.begin();
        await().until(() -> warmUp.progress().ready());

        assertThat(warmUp.progress().state()).isEqualTo(WarmUpProgress.State.FAILED);
    }

    @Test
    void switchedOffItIsReadyAtOnceAndRunsNothing() {
        AtomicInteger ran = new AtomicInteger();
        TestWarmUp warmUp = new TestWarmUp(settings(false, 3), List.of(ran::incrementAndGet));
        warmUp.begin();

        assertThat(warmUp.progress().state()).isEqualTo(WarmUpProgress.State.DISABLED);
        assertThat(warmUp.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(ran).hasValue(0);
    }

    @Test
    void downBeforeItStarts() {
        TestWarmUp warmUp = new TestWarmUp(settings(true, 1), List.of());
        assertThat(warmUp.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    }

    private static WarmUpSettings settings(boolean enabled, int rounds) {
        return new WarmUpSettings() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public int rounds() {
                return rounds;
            }

            @Override
            public Duration maxTime() {
                return Duration.ofMinutes(1);
            }

            @Override
            public int characters() {
                return 10;
            }
        };
    }

    private static final class TestWarmUp extends WarmUp {

        private final List<Runnable> steps;

        TestWarmUp(WarmUpSettings settings, List<Runnable> steps) {
            super("Test warm-up", settings);
            this.steps = steps;
        }

        void begin() {
            start();
        }

        @Override
        protected List<Runnable> steps() {
            if (steps == null) {
                throw new IllegalStateException("no steps");
            }
            return steps;
        }
    }
}
