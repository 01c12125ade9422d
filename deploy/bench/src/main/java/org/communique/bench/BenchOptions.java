package org.communique.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What {@code ./communique bench} was asked to do; every option has a default. */
record BenchOptions(
        List<Integer> rates,
        int durationSeconds,
        List<Integer> subscriptionCounts,
        int matching,
        int endpoints,
        int sources,
        double repostShare,
        double nearDuplicateShare,
        int maxInFlight,
        int drainSeconds,
        long baselineRecords,
        boolean startStack,
        java.util.Map<String, String> stackEnv,
        String ingestUrl,
        String notifierUrl,
        String kafka,
        String adminKey,
        Path root,
        Path output,
        long seed) {

    static final String USAGE = """
            usage: ./communique bench [options]

              --rate N[,N...]      releases offered per second (default 50); several rates are steps run one
                                   after the other against the same stack
              --duration S         seconds of load per step (default 30)
              --subscriptions N[,N...]  subscriptions there during each step (default 1000); created before the
                                   step, adding to those of earlier steps
              --matching N         of them, how many match every release (default 5; the rest match none)
              --endpoints N        webhook endpoints the matching ones are spread over (default 5)
              --sources N          PUSH sources posting (default 20)
              --reposts F          share of exact re-posts (default 0.05)
              --near-duplicates F  share of near-duplicates from another source (default 0.2)
              --max-in-flight N    POSTs outstanding at once; beyond it an offered release is counted as refused
                                   by the client (default 512)
              --drain S            seconds to wait after the load for the pipeline to catch up (default 120)
              --baseline-records N records of Kafka's ProducerPerformance baseline (default 100000; 0 skips it)
              --start-stack        start a local stack on separate ports (data in .communique/bench), stop it after
              --stack-env K=V      an environment variable for the started stack's services (repeatable), e.g.
                                   COMMUNIQUE_INGEST_OUTBOX_BATCH_SIZE=500 to try a setting
              --ingest URL         (default http://localhost:8081; with --start-stack its own)
              --notifier URL       (default http://localhost:8083)
              --kafka HOST:PORT    (default localhost:19092)
              --out FILE           JSON result (default bench-results/bench-<time>.json)
              --seed N             generator seed (default 1)
            environment: COMMUNIQUE_ADMIN_KEY (default local-admin-key)
            every step also reports the CPU each process used (from /proc: with --start-stack the launcher, the
            three services, the broker and PostgreSQL; always the bench's client and webhook receiver) as CPU ms
            per accepted release and share of the machine, and the rate the stack's CPU per release allows
            """;

    static BenchOptions parse(String[] args, Path root, String adminKey) {
        List<Integer> rates = List.of(50);
        int duration = 30;
        List<Integer> subscriptions = List.of(1000);
        int matching = 5;
        int endpoints = 5;
        int sources = 20;
        double reposts = 0.05;
        double nearDuplicates = 0.2;
        int maxInFlight = 512;
        int drain = 120;
        long baseline = 100_000;
        boolean startStack = false;
        java.util.Map<String, String> stackEnv = new java.util.LinkedHashMap<>();
        String ingest = null;
        String notifier = null;
        String kafka = null;
        Path out = null;
        long seed = 1;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            switch (option) {
                case "--rate" -> rates = list(option, value(option, rest), 1);
                case "--duration" -> duration = positive(option, value(option, rest));
                case "--subscriptions" -> subscriptions = list(option, value(option, rest), 0);
                case "--matching" -> matching = nonNegative(option, value(option, rest));
                case "--endpoints" -> endpoints = positive(option, value(option, rest));
                case "--sources" -> sources = positive(option, value(option, rest));
                case "--reposts" -> reposts = share(option, value(option, rest));
                case "--near-duplicates" -> nearDuplicates = share(option, value(option, rest));
                case "--max-in-flight" -> maxInFlight = positive(option, value(option, rest));
                case "--drain" -> drain = nonNegative(option, value(option, rest));
                case "--baseline-records" -> baseline = nonNegative(option, value(option, rest));
                case "--start-stack" -> startStack = true;
                case "--stack-env" -> {
                    String pair = value(option, rest);
                    int equals = pair.indexOf('=');
                    if (equals < 1) {
                        throw new IllegalArgumentException("--stack-env takes NAME=VALUE, not '" + pair + "'");
                    }
                    stackEnv.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
                case "--ingest" -> ingest = value(option, rest);
                case "--notifier" -> notifier = value(option, rest);
                case "--kafka" -> kafka = value(option, rest);
                case "--out" -> out = Path.of(value(option, rest));
                case "--seed" -> seed = Long.parseLong(value(option, rest));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (subscriptions.size() == 1 && rates.size() > 1) {
            subscriptions = java.util.Collections.nCopies(rates.size(), subscriptions.get(0));
        }
        if (subscriptions.size() != rates.size()) {
            throw new IllegalArgumentException("--subscriptions needs one value, or one per --rate step");
        }
        for (int i = 1; i < subscriptions.size(); i++) {
            if (subscriptions.get(i) < subscriptions.get(i - 1)) {
                throw new IllegalArgumentException("--subscriptions steps must not decrease");
            }
        }
        if (matching > subscriptions.get(0)) {
            throw new IllegalArgumentException("--matching must not exceed --subscriptions");
        }
        if (reposts + nearDuplicates > 0.9) {
            throw new IllegalArgumentException("--reposts plus --near-duplicates must leave room for new releases");
        }
        if (out == null) {
            out = root.resolve("bench-results").resolve("bench-" + System.currentTimeMillis() + ".json");
        }
        return new BenchOptions(List.copyOf(rates), duration, List.copyOf(subscriptions), matching, endpoints, sources, reposts, nearDuplicates,
                maxInFlight, drain, baseline, startStack, java.util.Map.copyOf(stackEnv),
                ingest != null ? ingest : "http://localhost:8081",
                notifier != null ? notifier : "http://localhost:8083",
                kafka != null ? kafka : "localhost:19092",
                adminKey, root, out, seed);
    }

    BenchOptions withStack(String ingest, String notifier, String kafka) {
        return new BenchOptions(rates, durationSeconds, subscriptionCounts, matching, endpoints, sources, repostShare,
                nearDuplicateShare, maxInFlight, drainSeconds, baselineRecords, startStack, stackEnv, ingest, notifier, kafka,
                adminKey, root, output, seed);
    }

    /** One load step: its offered rate and the subscriptions there during it. */
    record Step(int rate, int subscriptions) {
    }

    List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < rates.size(); i++) {
            steps.add(new Step(rates.get(i), subscriptionCounts.get(i)));
        }
        return steps;
    }

    private static List<Integer> list(String option, String value, int min) {
        List<Integer> values = new ArrayList<>();
        for (String part : value.split(",")) {
            int n = integer(option, part.trim());
            if (n < min) {
                throw new IllegalArgumentException(option + " must be at least " + min);
            }
            values.add(n);
        }
        return values;
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.remove(0);
    }

    private static int positive(String option, String value) {
        int n = integer(option, value);
        if (n < 1) {
            throw new IllegalArgumentException(option + " must be at least 1");
        }
        return n;
    }

    private static int nonNegative(String option, String value) {
        int n = integer(option, value);
        if (n < 0) {
            throw new IllegalArgumentException(option + " must not be negative");
        }
        return n;
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, not '" + value + "'");
        }
    }

    private static double share(String option, String value) {
        try {
            double share = Double.parseDouble(value);
            if (share < 0 || share > 1) {
                throw new IllegalArgumentException(option + " must be between 0 and 1");
            }
            return share;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number between 0 and 1, not '" + value + "'");
        }
    }
}
