package org.communique.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One of the Quarkus services, started from its packaged {@code quarkus-app} like in production. */
public final class LocalService implements AutoCloseable {

    private final String name;
    private final int port;
    private final ChildProcess process;
    private final Path log;

    private LocalService(String name, int port, ChildProcess process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    public static Path jar(Path root, String name) {
        return root.resolve("services").resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public static LocalService start(StackConfig config, String name, int port, Map<String, String> env) {
        Path jar = jar(config.root(), name);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./communique up builds it)");
        }
        Path log = config.home().resolve("logs").resolve(name + ".log");
        Map<String, String> environment = new HashMap<>(env);
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.putAll(config.serviceEnv());
        ChildProcess process = ChildProcess.start(name,
                List.of(Java.binary(), "-Xmx512m", "-jar", jar.toString()),
                environment, config.root(), log, config.console());
        return new LocalService(name, port, process, log);
    }

    public void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start-up; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        process.close();
    }

    ProcessHandle handle() {
        return process.handle();
    }
}
