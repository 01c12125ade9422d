package org.communique.bench;

/**
 * One line of {@code /proc/<pid>/stat}: the CPU a process has used, in clock ticks, its own (all its threads,
 * live and ended) and that of the children it has reaped.
 */
record ProcStat(long pid, long parentPid, long userTicks, long systemTicks, long childUserTicks, long childSystemTicks) {

    /** Its own ticks and those of its reaped children: a PostgreSQL backend's time moves into the postmaster's. */
    long totalTicks() {
        return userTicks + systemTicks + childUserTicks + childSystemTicks;
    }

    long ownTicks() {
        return userTicks + systemTicks;
    }

    /**
     * Parses the line. The command name (field 2) is in parentheses and may itself hold spaces and
     * parentheses, so the fields are counted from the last {@code ')'}.
     */
    static ProcStat parse(String line) {
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + line);
        }
        long pid = Long.parseLong(line.substring(0, open).trim());
        // after the name: 3 state, 4 ppid, ..., 14 utime, 15 stime, 16 cutime, 17 cstime
        String[] fields = line.substring(close + 1).trim().split(" +");
        if (fields.length < 15) {
            throw new IllegalArgumentException("too few fields in /proc/<pid>/stat line: " + line);
        }
        return new ProcStat(pid, Long.parseLong(fields[1]), Long.parseLong(fields[11]), Long.parseLong(fields[12]),
                Long.parseLong(fields[13]), Long.parseLong(fields[14]));
    }
}
