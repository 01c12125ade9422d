package org.communique.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Percentiles of a set of durations in milliseconds. */
final class Stats {

    private Stats() {
    }

    static Map<String, Object> of(long[] values) {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("count", values.length);
        if (values.length == 0) {
            return stats;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        stats.put("p50", percentile(sorted, 50));
        stats.put("p90", percentile(sorted, 90));
        stats.put("p99", percentile(sorted, 99));
        stats.put("max", sorted[sorted.length - 1]);
        return stats;
    }

    static long percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double round(double value) {
        return Math.round(value * 10.0) / 10.0;
    }
}
