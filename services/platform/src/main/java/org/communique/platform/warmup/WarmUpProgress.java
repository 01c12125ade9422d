package org.communique.platform.warmup;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Where a warm-up stands, for the readiness check: DOWN while it runs, UP once it has finished, hit its time
 * limit, failed (warming up is an optimisation: the service still serves) or is switched off. Shared by the
 * services that compile their text handling before they take traffic (ingest, enrichment).
 */
public final class WarmUpProgress {

    public enum State { NOT_STARTED, RUNNING, DONE, TIME_LIMIT, FAILED, DISABLED }

    private volatile State state = State.NOT_STARTED;
    private volatile int rounds;
    private volatile long steps;
    private volatile long millis;

    public State state() {
        return state;
    }

    public boolean ready() {
        return state != State.NOT_STARTED && state != State.RUNNING;
    }

    public int rounds() {
        return rounds;
    }

    public void disable() {
        state = State.DISABLED;
    }

    /** The warm-up could not even start its steps: ready anyway, as after a failed step. */
    public void failed() {
        if (!ready()) {
            state = State.FAILED;
        }
    }

    /**
     * Runs every step {@code rounds} times over, or until {@code maxTime} has passed or {@code stopping} says so,
     * whichever comes first; a step that throws ends the warm-up as FAILED (the exception is rethrown).
     */
    public void run(List<Runnable> steps, int rounds, Duration maxTime, BooleanSupplier stopping) {
        state = State.RUNNING;
        long started = System.nanoTime();
        long deadline = started + maxTime.toNanos();
        try {
            for (int round = 0; round < rounds; round++) {
                for (Runnable step : steps) {
                    if (System.nanoTime() - deadline >= 0 || stopping.getAsBoolean()) {
                        finish(State.TIME_LIMIT, started);
                        return;
                    }
                    step.run();
                    this.steps++;
                }
                this.rounds = round + 1;
            }
            finish(State.DONE, started);
        } catch (RuntimeException | Error e) {
            finish(State.FAILED, started);
            throw e;
        }
    }

    private void finish(State end, long started) {
        millis = (System.nanoTime() - started) / 1_000_000;
        state = end;
    }

    public HealthCheckResponse response(String name) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(name).status(ready())
                .withData("state", state.name().toLowerCase(java.util.Locale.ROOT));
        if (state != State.DISABLED && state != State.NOT_STARTED) {
            response.withData("rounds", rounds).withData("steps", steps).withData("millis", millis);
        }
        return response.build();
    }
}
