package org.communique.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The child processes of a running stack, written down as they start ({@code <home>/run/children}), so that a
 * stack whose launcher was killed outright (SIGKILL, a closed terminal session, a crashed machine session: its
 * shutdown hook never ran) does not leave its JVMs holding the ports and the data of the next run. The next
 * start stops what is still alive, newest first. A process is identified by its pid and its start time, so a pid
 * the system has since given to another program is never touched.
 */
final class LeftoverProcesses {

    /** The name under which the launcher records itself. */
    static final String LAUNCHER = "launcher";

    private final Path file;

    private LeftoverProcesses(Path file) {
        this.file = file;
    }

    static LeftoverProcesses in(Path home) {
        return new LeftoverProcesses(home.resolve("run").resolve("children"));
    }

    /** Writes the process down (before anything else can go wrong with it). */
    void record(String name, ProcessHandle process) {
        Optional<Instant> started = process.info().startInstant();
        if (started.isEmpty()) {
            return; // the system does not say when it started, so it could never be told apart later
        }
        String line = name + " " + process.pid() + " " + started.get().toEpochMilli() + "\n";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The recorded process of this name that is still the one recorded and alive. */
    Optional<ProcessHandle> running(String name) {
        return entries().stream().filter(e -> e.name().equals(name)).map(Entry::running)
                .flatMap(Optional::stream).findFirst();
    }

    /**
     * Stops every recorded process that is still the one recorded (SIGTERM, then SIGKILL after {@code grace}):
     * a launcher still alive first, so that its own shutdown stops its children in order, then the rest, the
     * last started first; and forgets them all.
     *
     * @return the names of those that were still running
     */
    List<String> stopAll(Duration grace) {
        List<Entry> entries = new ArrayList<>(entries());
        java.util.Collections.reverse(entries);
        entries.sort(java.util.Comparator.comparing(e -> !e.name().equals(LAUNCHER)));
        List<String> stopped = new ArrayList<>();
        for (Entry entry : entries) {
            Optional<ProcessHandle> process = entry.running();
            if (process.isPresent()) {
                stop(process.get(), grace);
                stopped.add(entry.name());
            }
        }
        forget();
        return stopped;
    }

    private List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (String line : lines()) {
            String[] fields = line.trim().split(" ");
            if (fields.length != 3) {
                continue;
            }
            try {
                entries.add(new Entry(fields[0], Long.parseLong(fields[1]), Long.parseLong(fields[2])));
            } catch (NumberFormatException e) {
                // not a line this class wrote
            }
        }
        return entries;
    }

    private record Entry(String name, long pid, long startedMillis) {

        Optional<ProcessHandle> running() {
            return ProcessHandle.of(pid).filter(p -> p.isAlive()
                    && p.info().startInstant().map(Instant::toEpochMilli).orElse(-1L) == startedMillis);
        }
    }

    /** After a clean stop nothing is left to look for. */
    void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    private List<String> lines() {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void stop(ProcessHandle process, Duration grace) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
