package org.communique.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchOptionsTest {

    private static BenchOptions parse(String... args) {
        return BenchOptions.parse(args, Path.of("/tmp/root"), "key");
    }

    @Test
    void defaultsAndOverrides() {
        BenchOptions defaults = parse();
        assertThat(defaults.steps()).containsExactly(new BenchOptions.Step(50, 1000));
        assertThat(defaults.ingestUrl()).isEqualTo("http://localhost:8081");
        BenchOptions asked = parse("--rate", "1000", "--duration", "60", "--subscriptions", "10_000", "--start-stack");
        assertThat(asked.steps()).containsExactly(new BenchOptions.Step(1000, 10_000));
        assertThat(asked.durationSeconds()).isEqualTo(60);
        assertThat(asked.startStack()).isTrue();
    }

    @Test
    void severalRatesAreStepsWithTheirOwnSubscriptionCounts() {
        assertThat(parse("--rate", "50,200,1000", "--subscriptions", "1000,1000,10000").steps()).containsExactly(
                new BenchOptions.Step(50, 1000), new BenchOptions.Step(200, 1000), new BenchOptions.Step(1000, 10_000));
        assertThat(parse("--rate", "50,200", "--subscriptions", "500").steps())
                .containsExactly(new BenchOptions.Step(50, 500), new BenchOptions.Step(200, 500));
        assertThatThrownBy(() -> parse("--rate", "50,200", "--subscriptions", "1,2,3")).hasMessageContaining("one per");
        assertThatThrownBy(() -> parse("--rate", "50,200", "--subscriptions", "10,5")).hasMessageContaining("decrease");
    }

    @Test
    void refusesWhatCannotBeRun() {
        assertThatThrownBy(() -> parse("--rate", "0")).hasMessageContaining("--rate");
        assertThatThrownBy(() -> parse("--rate", "fast")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> parse("--subscriptions", "5", "--matching", "6")).hasMessageContaining("--matching");
        assertThatThrownBy(() -> parse("--reposts", "0.5", "--near-duplicates", "0.5")).hasMessageContaining("room");
        assertThatThrownBy(() -> parse("--frobnicate")).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> parse("--rate")).hasMessageContaining("needs a value");
    }
}
