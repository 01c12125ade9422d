package org.communique.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code --start-stack}: a fresh local stack ({@code ./communique up --no-build}) of its own, on ports and in a
 * data directory that leave a developer's stack alone, with the services' limits raised for load
 * ({@code COMMUNIQUE_RAISE_LIMITS}). Stopped with SIGTERM, as the launcher expects, when the bench is done.
 */
final class StackProcess implements AutoCloseable {

    static final int PG_PORT = 47432;
    static final int KAFKA_PORT = 47092;
    static final int CONTROLLER_PORT = 47093;
    static final int INGEST_PORT = 47081;
    static final int ENRICHMENT_PORT = 47082;
    static final int NOTIFIER_PORT = 47083;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);

    private final Process process;
    private final Path home;

    private StackProcess(Process process, Path home) {
        this.process = process;
        this.home = home;
    }

    /** The launcher; the services and the broker are its descendants. */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /** PostgreSQL's data directory: pg_ctl detaches the postmaster, so it is found by its pid file there. */
    Path postgresData() {
        return home.resolve("postgres");
    }

    static StackProcess start(Path root, Map<String, String> extraEnv, Progress progress)
            throws IOException, InterruptedException {
        Path home = root.resolve(".communique").resolve("bench");
        stopLeftovers(root, home);
        deleteRecursively(home);
        ProcessBuilder builder = new ProcessBuilder(root.resolve("communique").toString(), "up", "--no-build")
                .directory(root.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("COMMUNIQUE_HOME", home.toString());
        env.put("COMMUNIQUE_PG_PORT", Integer.toString(PG_PORT));
        env.put("COMMUNIQUE_KAFKA_PORT", Integer.toString(KAFKA_PORT));
        env.put("COMMUNIQUE_KAFKA_CONTROLLER_PORT", Integer.toString(CONTROLLER_PORT));
        env.put("COMMUNIQUE_INGEST_PORT", Integer.toString(INGEST_PORT));
        env.put("COMMUNIQUE_ENRICHMENT_PORT", Integer.toString(ENRICHMENT_PORT));
        env.put("COMMUNIQUE_NOTIFIER_PORT", Integer.toString(NOTIFIER_PORT));
        env.put("COMMUNIQUE_RAISE_LIMITS", "1");
        env.putAll(extraEnv);
        progress.say("starting a local stack in " + home + " (log: " + home.resolve("launcher.log") + ")");
        Files.createDirectories(home);
        StackProcess stack = new StackProcess(builder.start(), home);
        CompletableFuture<Boolean> up = new CompletableFuture<>();
        Thread reader = new Thread(() -> stack.follow(home.resolve("launcher.log"), up), "stack-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!up.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IOException("the stack stopped before it was up; see " + home.resolve("launcher.log"));
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            stack.close();
            throw new IOException("the stack did not come up within " + START_TIMEOUT + "; see "
                    + home.resolve("launcher.log"), e);
        } catch (IOException e) {
            stack.close();
            throw e;
        }
        progress.say("stack up: ingest :" + INGEST_PORT + ", notifier :" + NOTIFIER_PORT + ", kafka :" + KAFKA_PORT);
        return stack;
    }

    private void follow(Path log, CompletableFuture<Boolean> up) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             var out = Files.newBufferedWriter(log)) {
            String line;
            while ((line = lines.readLine()) != null) {
                out.write(line);
                out.newLine();
                out.flush();
                if (line.contains("the stack is up")) {
                    up.complete(true);
                }
            }
        } catch (IOException e) {
            // the launcher has gone
        }
        up.complete(false);
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A stack of an earlier bench whose launcher was killed would otherwise keep the ports and the data. */
    private static void stopLeftovers(Path root, Path home) throws IOException, InterruptedException {
        if (!Files.isDirectory(home)) {
            return;
        }
        ProcessBuilder stop = new ProcessBuilder(root.resolve("communique").toString(), "stop")
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        stop.environment().put("COMMUNIQUE_HOME", home.toString());
        if (!stop.start().waitFor(3, TimeUnit.MINUTES)) {
            throw new IOException("./communique stop did not finish for " + home);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
