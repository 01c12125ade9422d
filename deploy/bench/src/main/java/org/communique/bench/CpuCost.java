package org.communique.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CPU each process used between two {@link CpuSampler.Snapshot}s: as milliseconds per accepted release and
 * as a share of the machine (CPU seconds ÷ (wall seconds × cores)); and the rate the stack could carry if CPU
 * were all it needed (cores × 1000 ÷ the stack's CPU ms per release).
 */
record CpuCost(double wallMillis, int cores, long accepted, List<Process> processes, List<String> stackNames,
               double machineBusyMillis, Map<String, Double> postgresByDatabase) {

    record Process(String name, double cpuMillis, double msPerRelease, double machineShare) {
    }

    static CpuCost between(CpuSampler.Snapshot before, CpuSampler.Snapshot after, long ticksPerSecond, int cores,
                           long accepted, boolean withStack) {
        double wallMillis = (after.nanoTime() - before.nanoTime()) / 1e6;
        List<Process> processes = new ArrayList<>();
        for (Map.Entry<String, Long> entry : after.ticks().entrySet()) {
            long ticks = entry.getValue() - before.ticks().getOrDefault(entry.getKey(), 0L);
            double cpuMillis = Math.max(0, ticks) * 1000.0 / ticksPerSecond;
            processes.add(new Process(entry.getKey(), cpuMillis, perRelease(cpuMillis, accepted),
                    share(cpuMillis, wallMillis, cores)));
        }
        double busyMillis = (after.machine().busyTicks() - before.machine().busyTicks()) * 1000.0 / ticksPerSecond;
        // a backend that ended in between moved its time to "other" (the postmaster's reaped children)
        Map<String, Double> byDatabase = new LinkedHashMap<>();
        after.postgresByDatabase().forEach((database, ticks) -> byDatabase.put(database,
                Math.max(0, ticks - before.postgresByDatabase().getOrDefault(database, 0L)) * 1000.0 / ticksPerSecond));
        return new CpuCost(wallMillis, cores, accepted, processes, withStack ? CpuSampler.STACK : List.of(), busyMillis,
                byDatabase);
    }

    double stackCpuMillis() {
        return processes.stream().filter(p -> stackNames.contains(p.name())).mapToDouble(Process::cpuMillis).sum();
    }

    double stackMsPerRelease() {
        return perRelease(stackCpuMillis(), accepted);
    }

    /** Releases per second the stack's CPU per release allows on this many cores; 0 when not known. */
    double capacityPerSecond() {
        double perRelease = stackMsPerRelease();
        return stackNames.isEmpty() || perRelease <= 0 ? 0 : cores * 1000.0 / perRelease;
    }

    double measuredCpuMillis() {
        return processes.stream().mapToDouble(Process::cpuMillis).sum();
    }

    double machineBusyShare() {
        return share(machineBusyMillis, wallMillis, cores);
    }

    /** Busy time of the machine that none of the measured processes accounts for: other users, the kernel. */
    double otherCpuMillis() {
        return Math.max(0, machineBusyMillis - measuredCpuMillis());
    }

    double cpuMillis(String name) {
        return processes.stream().filter(p -> p.name().equals(name)).mapToDouble(Process::cpuMillis).sum();
    }

    Map<String, Object> json() {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("wallMillis", Math.round(wallMillis));
        j.put("cores", cores);
        j.put("acceptedReleases", accepted);
        Map<String, Object> perProcess = new LinkedHashMap<>();
        for (Process p : processes) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("cpuMillis", Math.round(p.cpuMillis()));
            one.put("cpuMsPerRelease", round(p.msPerRelease(), 3));
            one.put("machineShare", round(p.machineShare(), 4));
            perProcess.put(p.name(), one);
        }
        j.put("processes", perProcess);
        if (!postgresByDatabase.isEmpty()) {
            Map<String, Object> databases = new LinkedHashMap<>();
            postgresByDatabase.forEach((database, millis) -> databases.put(database,
                    Map.of("cpuMillis", Math.round(millis), "cpuMsPerRelease", round(perRelease(millis, accepted), 3))));
            j.put("postgresqlByDatabase", databases);
        }
        if (!stackNames.isEmpty()) {
            j.put("stackCpuMillis", Math.round(stackCpuMillis()));
            j.put("stackCpuMsPerRelease", round(stackMsPerRelease(), 3));
            j.put("stackMachineShare", round(share(stackCpuMillis(), wallMillis, cores), 4));
            j.put("capacityPerSecond", round(capacityPerSecond(), 1));
        }
        j.put("machineBusyShare", round(machineBusyShare(), 4));
        j.put("otherCpuMillis", Math.round(otherCpuMillis()));
        return j;
    }

    /** The per-process lines the console shows after a step. */
    List<String> table(CpuCost duringLoad) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-17s %9s %12s %22s", "process", "cpu s", "ms/release", "machine share (load)"));
        for (Process p : processes) {
            lines.add(String.format("%-17s %9.1f %12.3f %21.1f%%", p.name(), p.cpuMillis() / 1000, p.msPerRelease(),
                    100 * share(duringLoad.cpuMillis(p.name()), duringLoad.wallMillis, cores)));
            if (p.name().equals(CpuSampler.POSTGRES)) {
                postgresByDatabase.forEach((database, millis) -> lines.add(String.format("  %-15s %9.1f %12.3f %21.1f%%",
                        database, millis / 1000, perRelease(millis, accepted),
                        100 * share(duringLoad.postgresByDatabase.getOrDefault(database, 0.0), duringLoad.wallMillis, cores))));
            }
        }
        if (!stackNames.isEmpty()) {
            lines.add(String.format("%-17s %9.1f %12.3f %21.1f%%", "stack total", stackCpuMillis() / 1000,
                    stackMsPerRelease(), 100 * share(duringLoad.stackCpuMillis(), duringLoad.wallMillis, cores)));
        }
        lines.add(String.format("%-17s %9.1f %12s %21.1f%%", "not ours", otherCpuMillis() / 1000, "",
                100 * share(duringLoad.otherCpuMillis(), duringLoad.wallMillis, cores)));
        return lines;
    }

    static double perRelease(double cpuMillis, long accepted) {
        return accepted <= 0 ? 0 : cpuMillis / accepted;
    }

    static double share(double cpuMillis, double wallMillis, int cores) {
        return wallMillis <= 0 || cores <= 0 ? 0 : cpuMillis / (wallMillis * cores);
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
