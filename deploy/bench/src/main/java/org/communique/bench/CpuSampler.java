package org.communique.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Reads from {@code /proc} how much CPU each process of the bench has used so far: the stack it started
 * (the launcher, the three services, the Kafka broker, PostgreSQL) and its own client and webhook receiver.
 * <p>
 * PostgreSQL's backends come and go (a connection each): its figure is the postmaster's own time plus that of
 * the children it has reaped ({@code cutime + cstime}), plus the own time of every child alive now. A backend
 * that ends moves its time from the second sum into the first, so the total only grows and a difference of
 * two readings is what PostgreSQL used between them. Processes of the stack that are not PostgreSQL are found
 * as the launcher's descendants and named by their command line.
 */
final class CpuSampler {

    static final String LAUNCHER = "launcher";
    static final String POSTGRES = "postgresql";
    static final String KAFKA = "kafka";
    static final String CLIENT = "bench client";
    static final String RECEIVER = "webhook receiver";
    static final List<String> SERVICES = List.of("ingest", "enrichment", "notifier");
    /** What the stack is made of, in the order the tables show it. */
    static final List<String> STACK = List.of("ingest", "enrichment", "notifier", KAFKA, POSTGRES, LAUNCHER);

    private static final Path PROC = Path.of("/proc");

    private final Optional<ProcessHandle> stack;
    private final Optional<Path> postgresData;
    private final long receiverPid;
    private final long ticksPerSecond;
    private final Map<Long, String> names = new LinkedHashMap<>();

    /**
     * A reading: CPU ticks per process name, the whole machine's busy and idle ticks, and PostgreSQL's live
     * client backends' own ticks by the database they serve (the rest of PostgreSQL under "other").
     */
    record Snapshot(long nanoTime, Map<String, Long> ticks, MachineStat machine, Map<String, Long> postgresByDatabase) {

        Snapshot(long nanoTime, Map<String, Long> ticks, MachineStat machine) {
            this(nanoTime, ticks, machine, Map.of());
        }
    }

    /** A client backend's title is "postgres: USER DATABASE HOST(PORT) STATE"; anything else is PostgreSQL's own. */
    private static final java.util.regex.Pattern CLIENT_BACKEND =
            java.util.regex.Pattern.compile("^postgres: \\S+ (\\S+) (?:\\S+\\(\\d+\\)|\\[local\\]) .*");


    CpuSampler(Optional<ProcessHandle> stack, Optional<Path> postgresData, long receiverPid) {
        this.stack = stack;
        this.postgresData = postgresData;
        this.receiverPid = receiverPid;
        this.ticksPerSecond = clockTicks();
    }

    long ticksPerSecond() {
        return ticksPerSecond;
    }

    boolean measuresStack() {
        return stack.isPresent();
    }

    Snapshot snapshot() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        Map<String, Long> byDatabase = new java.util.TreeMap<>();
        if (stack.isPresent()) {
            STACK.forEach(name -> ticks.put(name, 0L));
            Set<Long> postgres = new HashSet<>();
            Optional<ProcessHandle> postmaster = postgresData.flatMap(CpuSampler::postmaster);
            if (postmaster.isPresent()) {
                long sum = read(postmaster.get().pid()).map(ProcStat::totalTicks).orElse(0L);
                long other = sum;
                postgres.add(postmaster.get().pid());
                for (ProcessHandle backend : postmaster.get().children().toList()) {
                    postgres.add(backend.pid());
                    long own = read(backend.pid()).map(ProcStat::totalTicks).orElse(0L);
                    sum += own;
                    String database = databaseOf(backend.pid());
                    if (database == null) {
                        other += own;
                    } else {
                        byDatabase.merge(database, own, Long::sum);
                    }
                }
                ticks.put(POSTGRES, sum);
                byDatabase.put("other", other);
            }
            add(ticks, LAUNCHER, stack.get().pid());
            for (ProcessHandle p : stack.get().descendants().toList()) {
                if (!postgres.contains(p.pid())) {
                    add(ticks, names.computeIfAbsent(p.pid(), CpuSampler::nameOf), p.pid());
                }
            }
        }
        add(ticks, CLIENT, ProcessHandle.current().pid());
        add(ticks, RECEIVER, receiverPid);
        MachineStat machine;
        try {
            machine = MachineStat.parse(Files.readAllLines(PROC.resolve("stat")).get(0));
        } catch (IOException | RuntimeException e) {
            machine = new MachineStat(0, 0);
        }
        return new Snapshot(System.nanoTime(), ticks, machine, byDatabase);
    }

    private static String databaseOf(long pid) {
        try {
            return databaseOf(Files.readString(PROC.resolve(Long.toString(pid)).resolve("cmdline")).replace('\0', ' '));
        } catch (IOException e) {
            return null;
        }
    }

    /** The database of a client backend by its process title; null for PostgreSQL's own processes. */
    static String databaseOf(String title) {
        java.util.regex.Matcher m = CLIENT_BACKEND.matcher(title);
        return m.matches() ? m.group(1) : null;
    }

    private static void add(Map<String, Long> ticks, String name, long pid) {
        read(pid).ifPresent(stat -> ticks.merge(name, stat.totalTicks(), Long::sum));
    }

    private static Optional<ProcStat> read(long pid) {
        try {
            return Optional.of(ProcStat.parse(Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // it has ended since it was listed
        }
    }

    /** A service by its jar, the broker by its main class; anything else the launcher runs counts as its own. */
    static String nameOf(long pid) {
        String commandLine;
        try {
            commandLine = Files.readString(PROC.resolve(Long.toString(pid)).resolve("cmdline")).replace('\0', ' ');
        } catch (IOException e) {
            return LAUNCHER;
        }
        return nameOf(commandLine);
    }

    static String nameOf(String commandLine) {
        for (String service : SERVICES) {
            if (commandLine.contains("services/" + service + "/target/")) {
                return service;
            }
        }
        return commandLine.contains("kafka.Kafka") ? KAFKA : LAUNCHER;
    }

    /** PostgreSQL writes its postmaster's pid on the first line of {@code postmaster.pid} in its data directory. */
    private static Optional<ProcessHandle> postmaster(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** USER_HZ, the unit of {@code /proc}'s times: 100 on every usual Linux, asked of getconf to be sure. */
    private static long clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes()).trim();
            if (getconf.waitFor(5, TimeUnit.SECONDS) && getconf.exitValue() == 0) {
                return Long.parseLong(out);
            }
        } catch (IOException | NumberFormatException e) {
            // fall through
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 100;
    }
}
