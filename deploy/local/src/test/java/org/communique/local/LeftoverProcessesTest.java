package org.communique.local;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What a launcher killed with SIGKILL leaves running is stopped by the next start, and nothing else is. */
class LeftoverProcessesTest {

    @TempDir
    Path home;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void recordedChildrenStillRunningAreStoppedNewestFirstAndForgotten() throws IOException {
        LeftoverProcesses children = LeftoverProcesses.in(home);
        Process kafka = sleeper();
        Process ingest = sleeper();
        children.record("kafka", kafka.toHandle());
        children.record("ingest", ingest.toHandle());

        List<String> stopped = LeftoverProcesses.in(home).stopAll(Duration.ofSeconds(10));

        assertThat(stopped).containsExactly("ingest", "kafka");
        await().atMost(Duration.ofSeconds(10)).until(() -> !kafka.isAlive() && !ingest.isAlive());
        assertThat(Files.exists(home.resolve("run/children"))).isFalse();
        assertThat(LeftoverProcesses.in(home).stopAll(Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void aPidNowUsedByAnotherProgramIsLeftAlone() throws IOException {
        Process other = sleeper();
        // the recorded start time is not this process's: the pid was reused by a program of someone else
        long started = other.toHandle().info().startInstant().orElseThrow().toEpochMilli() - 60_000;
        Files.createDirectories(home.resolve("run"));
        Files.writeString(home.resolve("run/children"), "notifier " + other.pid() + " " + started + "\n");

        assertThat(LeftoverProcesses.in(home).stopAll(Duration.ofSeconds(1))).isEmpty();
        assertThat(other.isAlive()).isTrue();
    }

    @Test
    void processesThatEndedAndLinesOfNoMeaningAreSkipped() throws IOException, InterruptedException {
        Process ended = sleeper();
        LeftoverProcesses.in(home).record("enrichment", ended.toHandle());
        ended.destroy();
        ended.waitFor(10, TimeUnit.SECONDS);
        Files.writeString(home.resolve("run/children"), Files.readString(home.resolve("run/children"))
                + "garbage\nkafka x 12\n");

        assertThat(LeftoverProcesses.in(home).stopAll(Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void aLiveLauncherIsStoppedFirstSoThatItStopsItsOwnChildren() throws IOException {
        LeftoverProcesses children = LeftoverProcesses.in(home);
        Process launcher = sleeper();
        Process kafka = sleeper();
        children.record(LeftoverProcesses.LAUNCHER, launcher.toHandle());
        children.record("kafka", kafka.toHandle());

        assertThat(children.running(LeftoverProcesses.LAUNCHER)).map(ProcessHandle::pid).contains(launcher.pid());
        assertThat(children.stopAll(Duration.ofSeconds(10))).containsExactly("launcher", "kafka");
        assertThat(children.running(LeftoverProcesses.LAUNCHER)).isEmpty();
    }

    @Test
    void aSecondStackInTheSameDirectoryIsRefusedAndLeavesTheFirstAlone() throws IOException {
        Process launcher = sleeper();
        LeftoverProcesses.in(home).record(LeftoverProcesses.LAUNCHER, launcher.toHandle());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LocalStack.start(
                        StackConfig.fromEnvironment(home, java.util.Map.of("COMMUNIQUE_HOME", home.toString()), null)))
                .hasMessageContaining("already running").hasMessageContaining(Long.toString(launcher.pid()));
        assertThat(launcher.isAlive()).isTrue();
        assertThat(LeftoverProcesses.in(home).running(LeftoverProcesses.LAUNCHER)).isPresent();
    }

    @Test
    void aStackWithNothingLeftBehindStopsNothing() {
        assertThat(LocalStack.stopLeftovers(home)).isEmpty();
    }

    private Process sleeper() throws IOException {
        Process process = new ProcessBuilder("sleep", "300").start();
        started.add(process);
        return process;
    }
}
