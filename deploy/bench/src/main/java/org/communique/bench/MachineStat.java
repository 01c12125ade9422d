package org.communique.bench;

/** The first line of {@code /proc/stat}: every core's time since boot, busy and idle, in clock ticks. */
record MachineStat(long busyTicks, long idleTicks) {

    static MachineStat parse(String cpuLine) {
        String[] f = cpuLine.trim().split(" +");
        if (f.length < 8 || !f[0].equals("cpu")) {
            throw new IllegalArgumentException("not the cpu line of /proc/stat: " + cpuLine);
        }
        // user nice system idle iowait irq softirq [steal ...]; guest time is already inside user
        long user = Long.parseLong(f[1]);
        long nice = Long.parseLong(f[2]);
        long system = Long.parseLong(f[3]);
        long idle = Long.parseLong(f[4]);
        long iowait = Long.parseLong(f[5]);
        long irq = Long.parseLong(f[6]);
        long softirq = Long.parseLong(f[7]);
        long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
        return new MachineStat(user + nice + system + irq + softirq + steal, idle + iowait);
    }
}
