package org.communique.notifier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * CPU time of the benchmark's processes (Linux {@code /proc}), so that each part can be judged by CPU per
 * delivery of every process and not only by wall time on a shared machine. PostgreSQL is its postmaster
 * with every backend: the live ones by their own time, the ones that exited by the postmaster's
 * "children" time (it reaps them).
 */
final class ProcessCpu {

    /** USER_HZ: /proc reports times in clock ticks, 100 a second on every Linux this runs on. */
    private static final double MILLIS_PER_TICK = 10.0;

    private final Map<String, Long> processes;

    ProcessCpu(Map<String, Long> processes) {
        this.processes = new LinkedHashMap<>(processes);
    }

    /** Milliseconds of CPU so far, by process name. */
    Map<String, Long> snapshot() {
        Map<String, Long> millis = new LinkedHashMap<>();
        processes.forEach((name, pid) -> millis.put(name, name.equals("postgresql") ? withChildren(pid) : own(pid)));
        return millis;
    }

    /** "notifier 0.41, receiver 0.20, ..." ms per unit between two snapshots, and their sum. */
    static String perUnit(Map<String, Long> before, Map<String, Long> after, long units, String unit) {
        double total = 0;
        StringBuilder parts = new StringBuilder();
        for (Map.Entry<String, Long> entry : after.entrySet()) {
            double ms = (entry.getValue() - before.getOrDefault(entry.getKey(), 0L)) / (double) Math.max(1, units);
            total += ms;
            parts.append(parts.isEmpty() ? "" : ", ").append(entry.getKey()).append(' ')
                    .append(String.format("%.2f", ms));
        }
        return String.format("CPU ms per %s: %s; all %.2f", unit, parts, total);
    }

    /**
     * Milliseconds of CPU so far of each of a process's threads, summed by thread name with digits left out
     * ({@code executor-thread-3} and {@code -7} together; Linux keeps the first 15 characters of a name).
     * Threads that ended since an earlier snapshot drop out of the sums.
     */
    static Map<String, Long> byThread(long pid) {
        Map<String, Long> millis = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "N");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    millis.merge(name, millis(ticks(fields, 11) + ticks(fields, 12)), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return millis;
    }

    /** The threads that used the most CPU between two {@link #byThread} snapshots, as ms per unit. */
    static String topThreads(Map<String, Long> before, Map<String, Long> after, long units, int top) {
        return after.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), entry.getValue() - before.getOrDefault(entry.getKey(), 0L)))
                .filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .map(entry -> String.format("%s %.3f", entry.getKey(), entry.getValue() / (double) Math.max(1, units)))
                .collect(Collectors.joining(", "));
    }

    private static long own(long pid) {
        return stat(pid).map(fields -> ticks(fields, 11) + ticks(fields, 12)).map(ProcessCpu::millis).orElse(-1L);
    }

    private static long withChildren(long postmaster) {
        long ticks = stat(postmaster).map(fields -> ticks(fields, 11) + ticks(fields, 12) + ticks(fields, 13)
                + ticks(fields, 14)).orElse(0L);
        ticks += ProcessHandle.of(postmaster).stream().flatMap(ProcessHandle::descendants)
                .map(child -> stat(child.pid()).map(fields -> ticks(fields, 11) + ticks(fields, 12)).orElse(0L))
                .collect(Collectors.summingLong(Long::longValue));
        return millis(ticks);
    }

    private static long millis(long ticks) {
        return Math.round(ticks * MILLIS_PER_TICK);
    }

    private static long ticks(String[] fields, int index) {
        return Long.parseLong(fields[index]);
    }

    /** The fields of /proc/pid/stat after the command name: index 0 is the state, 11 utime, 12 stime, 13-14 children's. */
    private static Optional<String[]> stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return Optional.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
