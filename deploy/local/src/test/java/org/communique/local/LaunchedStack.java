package org.communique.local;

import org.awaitility.core.ConditionTimeoutException;
import org.communique.testing.FreePorts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * {@code java -jar local-stack.jar}, exactly what {@code ./communique up} execs, started in a session of
 * its own so the test can do what a terminal's Ctrl-C does: SIGINT to the whole process group.
 */
final class LaunchedStack {

    final Path home;
    final int kafkaPort;
    final int ingestPort;
    final int enrichmentPort;
    final int notifierPort;
    private final Process launcher;
    private final Path output;

    private LaunchedStack(Path home, int kafkaPort, int ingestPort, int enrichmentPort, int notifierPort,
                          Process launcher, Path output) {
        this.home = home;
        this.kafkaPort = kafkaPort;
        this.ingestPort = ingestPort;
        this.enrichmentPort = enrichmentPort;
        this.notifierPort = notifierPort;
        this.launcher = launcher;
        this.output = output;
    }

    static LaunchedStack start(Path root, Path home, Map<String, String> env) throws IOException {
        Path jar = root.resolve("deploy/local/target/local-stack.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the package phase builds it");
        }
        int[] ports = FreePorts.take(6);
        int pg = ports[0];
        int kafka = ports[1];
        int controller = ports[2];
        int ingest = ports[3];
        int enrichment = ports[4];
        int notifier = ports[5];
        Path output = home.resolve("launcher.log");
        ProcessBuilder builder = new ProcessBuilder("setsid", Java.binary(), "-Dcommunique.root=" + root, "-jar", jar.toString())
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(env);
        builder.environment().putAll(Map.of(
                "COMMUNIQUE_HOME", home.toString(),
                "COMMUNIQUE_PG_PORT", Integer.toString(pg),
                "COMMUNIQUE_KAFKA_PORT", Integer.toString(kafka),
                "COMMUNIQUE_KAFKA_CONTROLLER_PORT", Integer.toString(controller),
                "COMMUNIQUE_INGEST_PORT", Integer.toString(ingest),
                "COMMUNIQUE_ENRICHMENT_PORT", Integer.toString(enrichment),
                "COMMUNIQUE_NOTIFIER_PORT", Integer.toString(notifier)));
        return new LaunchedStack(home, kafka, ingest, enrichment, notifier, builder.start(), output);
    }

    void awaitUp(Duration timeout) {
        try {
            await().atMost(timeout).pollInterval(Duration.ofMillis(250))
                    .until(() -> Files.readString(output).contains("the stack is up") || !launcher.isAlive());
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("the local stack did not come up in " + timeout + ":\n" + diagnostics());
        }
        if (!launcher.isAlive()) {
            throw new IllegalStateException("the local stack's launcher exited before it was up:\n" + diagnostics());
        }
    }

    String url(int port) {
        return "http://localhost:" + port;
    }

    String kafkaBootstrap() {
        return "localhost:" + kafkaPort;
    }

    /** Every process the stack runs: the launcher, its descendants and the postmaster (pg_ctl detaches it). */
    Set<ProcessHandle> processes() {
        Set<ProcessHandle> all = launcher.descendants().collect(Collectors.toSet());
        all.add(launcher.toHandle());
        LocalPostgres.postmasterPid(home.resolve("postgres")).flatMap(ProcessHandle::of).ifPresent(all::add);
        return all;
    }

    /**
     * Sends SIGINT to the launcher's process group, as Ctrl-C in a terminal does. A JVM started with
     * SIGINT ignored (a CI runner in the background) passes that on to its children; then SIGTERM, which
     * runs the same shutdown path, is the closest honest substitute.
     */
    String interrupt() throws IOException, InterruptedException {
        String signal = sigintIgnored(launcher.pid()) ? "-TERM" : "-INT";
        new ProcessBuilder("kill", signal, "--", "-" + launcher.pid()).inheritIO().start().waitFor();
        return signal;
    }

    boolean awaitExit(Duration timeout) throws InterruptedException {
        return launcher.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    void forceStop() {
        processes().forEach(ProcessHandle::destroyForcibly);
    }

    private static boolean sigintIgnored(long pid) throws IOException {
        Optional<String> mask = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(l -> l.startsWith("SigIgn:")).map(l -> l.substring(7).trim()).findFirst();
        return mask.map(m -> (Long.parseUnsignedLong(m, 16) & (1L << 1)) != 0).orElse(false);
    }

    String diagnostics() {
        StringBuilder out = new StringBuilder();
        for (String name : List.of("launcher", "logs/kafka", "logs/ingest", "logs/enrichment", "logs/notifier")) {
            Path log = home.resolve(name + ".log");
            try {
                if (Files.exists(log)) {
                    List<String> lines = Files.readAllLines(log);
                    out.append("---- last lines of ").append(log).append('\n');
                    lines.subList(Math.max(0, lines.size() - 40), lines.size())
                            .forEach(l -> out.append(l).append('\n'));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toString();
    }
}
