package org.communique.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./communique bench}: the raw broker's rate first, then realistic load on the whole pipeline, with
 * a progress line while it runs and a JSON result to compare runs by.
 */
public final class Bench {

    private final BenchOptions options;
    private final StackProcess stack;
    private final Progress progress = new Progress(System.out);
    private CpuSampler cpu;
    /** Every release accepted in any step, for the run's own check at the end. */
    private final Set<String> acceptedInRun = new HashSet<>();

    private Bench(BenchOptions options, StackProcess stack) {
        this.options = options;
        this.stack = stack;
    }

    public static void main(String[] args) throws Exception {
        // the Kafka clients' configuration dumps would bury the progress line
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path root = Path.of(System.getProperty("communique.root", ".")).toAbsolutePath().normalize();
        BenchOptions options;
        try {
            if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
                System.out.print(BenchOptions.USAGE);
                return;
            }
            options = BenchOptions.parse(args, root, System.getenv().getOrDefault("COMMUNIQUE_ADMIN_KEY", "local-admin-key"));
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.print(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        StackProcess stack = null;
        try {
            if (options.startStack()) {
                stack = StackProcess.start(root, options.stackEnv(), new Progress(System.out));
                StackProcess started = stack;
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "bench-stack-stop"));
                options = options.withStack("http://localhost:" + StackProcess.INGEST_PORT,
                        "http://localhost:" + StackProcess.NOTIFIER_PORT, "localhost:" + StackProcess.KAFKA_PORT);
            }
            new Bench(options, stack).run();
        } finally {
            if (stack != null) {
                System.out.println("bench | stopping the stack...");
                stack.close();
            }
        }
        System.exit(0);
    }

    private void run() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        // the load's POSTs: one event loop, a kept-alive connection per POST in flight at most
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1));
        io.vertx.core.http.HttpClient posts = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true)
                .setConnectTimeout(5_000), new PoolOptions().setHttp1MaxSize(options.maxInFlight()));
        try {
            run(http, posts);
        } finally {
            vertx.close();
        }
    }

    private void run(HttpClient http, io.vertx.core.http.HttpClient posts) throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("startedAt", Instant.now().toString());
        result.put("options", optionsJson());
        result.put("machine", Map.of("processors", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version")));

        Baseline.Result baseline = null;
        if (options.baselineRecords() > 0) {
            baseline = Baseline.run(options.kafka(), options.baselineRecords(), progress);
            progress.say("baseline: " + baseline.summary());
            result.put("rawKafka", baseline);
        }

        List<CpuCost> costs = new ArrayList<>();
        List<Double> acceptedRates = new ArrayList<>();
        try (ReceiverProcess receiver = ReceiverProcess.start(); RunCheck check = RunCheck.begin(options.kafka())) {
            cpu = new CpuSampler(Optional.ofNullable(stack).map(StackProcess::handle),
                    Optional.ofNullable(stack).map(StackProcess::postgresData), receiver.pid());
            Setup setup = new Setup(http, options);
            List<String> keys = setup.sources();
            progress.say(keys.size() + " PUSH sources created");
            ReleaseGenerator generator = new ReleaseGenerator(options.seed(), options.sources(),
                    options.repostShare(), options.nearDuplicateShare());
            List<Map<String, Object>> steps = new ArrayList<>();
            result.put("steps", steps);
            int subscribed = 0;
            for (BenchOptions.Step step : options.steps()) {
                if (step.subscriptions() > subscribed) {
                    progress.say("creating subscriptions " + (subscribed + 1) + " to " + step.subscriptions()
                            + " (the first " + options.matching() + " match every release)...");
                    int created = setup.subscriptions(receiver, progress, subscribed, step.subscriptions());
                    progress.say(created + " subscriptions created");
                    subscribed = step.subscriptions();
                }
                steps.add(step(posts, receiver, keys, generator, step, baseline, costs, acceptedRates));
            }
            RunCheck.Verdict verdict = check.verify(acceptedInRun, options.drainSeconds() * 1000L, progress);
            result.put("runCheck", verdict.json());
            progress.say(verdict.summary());
        }
        cpuTable(costs, acceptedRates).forEach(progress::say);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.createDirectories(options.output().toAbsolutePath().getParent());
        json.writeValue(options.output().toFile(), result);
        System.out.println(json.writeValueAsString(result));
        progress.say("result written to " + options.output());
    }

    private Map<String, Object> step(io.vertx.core.http.HttpClient http, ReceiverProcess receiver, List<String> keys,
                                     ReleaseGenerator generator, BenchOptions.Step step, Baseline.Result baseline,
                                     List<CpuCost> costs, List<Double> acceptedRates) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rate", step.rate());
        result.put("subscriptions", step.subscriptions());
        receiver.firstDelivery.clear();
        long deliveriesBefore = receiver.deliveries.get();
        try (FlowObserver observer = new FlowObserver(options.kafka())) {
            LoadRunner load = new LoadRunner(http, options, keys, step.rate());
            progress.say("load: " + step.rate() + " releases/s for " + options.durationSeconds() + " s, "
                    + step.subscriptions() + " subscriptions");
            long loadStart = System.currentTimeMillis();
            CpuSampler.Snapshot cpuAtStart = cpu.snapshot();
            String loadAverageAtStart = loadAverage();
            AtomicLong last = new AtomicLong();
            long[] previous = {0, 0, 0, deliveriesBefore};
            load.run(generator, second -> {
                long[] now = {load.accepted.get(), observer.records.get("press.releases").get(),
                        observer.records.get("press.releases.enriched").get(), receiver.deliveries.get()};
                CpuCost soFar = CpuCost.between(cpuAtStart, cpu.snapshot(), cpu.ticksPerSecond(), cores,
                        load.accepted.get(), cpu.measuresStack());
                progress.update(String.format("%3ds offered %d/s accepted %d/s (p99 %d ms) published %d/s "
                                + "enriched %d/s webhooks %d/s refused %d | %s",
                        second, load.offered.get() - last.getAndSet(load.offered.get()), now[0] - previous[0],
                        load.recentP99(), now[1] - previous[1], now[2] - previous[2], now[3] - previous[3],
                        load.refusedByClient.get(), cpuSoFar(soFar)));
                System.arraycopy(now, 0, previous, 0, 4);
            });
            long loadEnd = System.currentTimeMillis();
            CpuSampler.Snapshot cpuAtLoadEnd = cpu.snapshot();
            Map<String, Long> lagAtEnd = observer.lag();
            progress.say("load done; consumer lag " + lagAtEnd + "; waiting up to " + options.drainSeconds()
                    + " s for the pipeline to catch up...");
            long drained = drain(load, observer, receiver);
            CpuSampler.Snapshot cpuAtEnd = cpu.snapshot();
            CpuCost duringLoad = CpuCost.between(cpuAtStart, cpuAtLoadEnd, cpu.ticksPerSecond(), cores,
                    load.accepted.get(), cpu.measuresStack());
            CpuCost wholeStep = CpuCost.between(cpuAtStart, cpuAtEnd, cpu.ticksPerSecond(), cores,
                    load.accepted.get(), cpu.measuresStack());
            costs.add(wholeStep);
            double acceptedPerSecond = load.accepted.get() / Math.max(1, (loadEnd - loadStart) / 1000.0);
            acceptedRates.add(acceptedPerSecond);
            Map<String, Long> lagAfter = observer.lag();
            result.put("load", loadJson(load, loadStart, loadEnd));
            result.put("stages", stagesJson(load, observer, receiver));
            result.put("rates", ratesJson(load, observer, receiver, baseline, deliveriesBefore));
            result.put("delivery", deliveryJson(load, observer));
            acceptedInRun.addAll(load.acceptedAt.keySet());
            result.put("storiesOnPressReleases", observer.stories.size());
            result.put("consumerLagAtLoadEnd", lagAtEnd);
            result.put("drainMillis", drained);
            result.put("consumerLagAfterDrain", lagAfter);
            if (observer.failure() != null) {
                result.put("observerFailure", observer.failure().toString());
            }
            Map<String, Object> cpuJson = new LinkedHashMap<>();
            cpuJson.put("how", "CPU time from /proc/<pid>/stat (utime+stime, plus cutime+cstime of reaped children; "
                    + "PostgreSQL: the postmaster with its reaped backends plus every live backend) between readings; "
                    + "per accepted release over load and drain; machineShare = cpu ÷ (wall × cores)");
            cpuJson.put("loadAverage", Map.of("atLoadStart", loadAverageAtStart, "atStepEnd", loadAverage()));
            cpuJson.put("loadAndDrain", wholeStep.json());
            cpuJson.put("load", duringLoad.json());
            result.put("cpu", cpuJson);
            if (cpu.measuresStack()) {
                result.put("capacityPerSecondByCpu", CpuCost.round(wholeStep.capacityPerSecond(), 1));
            }
            progress.say(summary(result));
            progress.say(String.format("CPU of step %d/s over load and drain (%.1f s wall, %d cores, %d accepted; "
                            + "machine %.0f%% busy during the load; load average %s at its start, %s at the end):",
                    step.rate(), wholeStep.wallMillis() / 1000, cores, load.accepted.get(),
                    100 * duringLoad.machineBusyShare(), loadAverageAtStart, loadAverage()));
            wholeStep.table(duringLoad).forEach(line -> progress.say("  " + line));
            if (cpu.measuresStack()) {
                progress.say(String.format("  accepted %.1f/s; the stack's %.3f CPU ms per release would carry %.0f "
                                + "releases/s on %d cores", acceptedPerSecond,
                        wholeStep.stackMsPerRelease(), wholeStep.capacityPerSecond(), cores));
            }
        }
        return result;
    }

    /** The 1-, 5- and 15-minute load averages, as /proc/loadavg has them. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" +");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String cpuSoFar(CpuCost soFar) {
        double perRelease = soFar.stackNames().isEmpty()
                ? CpuCost.perRelease(soFar.cpuMillis(CpuSampler.CLIENT), soFar.accepted())
                : soFar.stackMsPerRelease();
        return String.format("%s %.2f cpu ms/rel (ingest %.2f), machine %.0f%%",
                soFar.stackNames().isEmpty() ? "client" : "stack", perRelease,
                CpuCost.perRelease(soFar.cpuMillis("ingest"), soFar.accepted()), 100 * soFar.machineBusyShare());
    }

    /** The final table: CPU ms per accepted release of every process, one column per step. */
    private List<String> cpuTable(List<CpuCost> costs, List<Double> acceptedRates) {
        List<String> lines = new ArrayList<>();
        if (costs.isEmpty()) {
            return lines;
        }
        List<BenchOptions.Step> steps = options.steps();
        StringBuilder header = new StringBuilder(String.format("%-17s", "CPU ms/release"));
        for (int i = 0; i < costs.size(); i++) {
            header.append(String.format(" %14s", steps.get(i).rate() + "/s"));
        }
        lines.add(header.toString());
        for (CpuCost.Process p : costs.get(0).processes()) {
            StringBuilder row = new StringBuilder(String.format("%-17s", p.name()));
            costs.forEach(c -> row.append(String.format(" %14.3f", CpuCost.perRelease(c.cpuMillis(p.name()), c.accepted()))));
            lines.add(row.toString());
        }
        if (cpu.measuresStack()) {
            StringBuilder total = new StringBuilder(String.format("%-17s", "stack total"));
            StringBuilder capacity = new StringBuilder(String.format("%-17s", "capacity /s"));
            costs.forEach(c -> {
                total.append(String.format(" %14.3f", c.stackMsPerRelease()));
                capacity.append(String.format(" %14.0f", c.capacityPerSecond()));
            });
            StringBuilder accepted = new StringBuilder(String.format("%-17s", "accepted /s"));
            acceptedRates.forEach(r -> accepted.append(String.format(" %14.1f", r)));
            lines.add(total.toString());
            lines.add(capacity.toString());
            lines.add(accepted.toString());
        }
        return lines;
    }

    @SuppressWarnings("unchecked")
    private static String summary(Map<String, Object> step) {
        Map<String, Object> load = (Map<String, Object>) step.get("load");
        Map<String, Object> post = (Map<String, Object>) load.get("postLatencyMs");
        Map<String, Object> stages = (Map<String, Object>) step.get("stages");
        Map<String, Object> webhook = (Map<String, Object>) stages.get("accepted2xxToWebhookMs");
        Map<String, Object> delivery = (Map<String, Object>) step.get("delivery");
        String enriched = Boolean.TRUE.equals(delivery.get("exactlyOnceOnEnriched")) ? "every one exactly once"
                : delivery.get("missingOnEnriched") + " not there yet, " + delivery.get("duplicatedOnEnriched") + " twice";
        return String.format("step %s/s, %s subscriptions: accepted %s/s, POST p99 %s ms, 2xx->webhook p50 %s p99 %s ms, "
                        + "on enriched by the drain's end: %s", step.get("rate"), step.get("subscriptions"),
                load.get("acceptedPerSecond"), post.get("p99"), webhook.get("p50"), webhook.get("p99"), enriched);
    }

    /**
     * Waits until every accepted release is on press.releases.enriched, the notifier has read everything, and
     * webhooks have stopped coming for a few seconds.
     */
    private long drain(LoadRunner load, FlowObserver observer, ReceiverProcess receiver) throws InterruptedException {
        long start = System.currentTimeMillis();
        long deadline = start + options.drainSeconds() * 1000L;
        long quietSince = System.currentTimeMillis();
        long lastDeliveries = -1;
        while (System.currentTimeMillis() < deadline) {
            long missing = load.acceptedAt.keySet().stream().filter(id -> {
                FlowObserver.Seen seen = observer.seen.get(id);
                return seen == null || seen.enrichedCount.get() == 0;
            }).count();
            long deliveries = receiver.deliveries.get();
            if (deliveries != lastDeliveries) {
                lastDeliveries = deliveries;
                quietSince = System.currentTimeMillis();
            }
            long notifierLag = missing == 0 ? observer.lag().getOrDefault("notifier", -1L) : -1;
            progress.update("draining: " + missing + " accepted releases not yet enriched, notifier lag "
                    + (notifierLag < 0 ? "?" : notifierLag) + ", " + deliveries + " webhooks");
            if (missing == 0 && notifierLag == 0 && System.currentTimeMillis() - quietSince > 3000) {
                break;
            }
            Thread.sleep(500);
        }
        return System.currentTimeMillis() - start;
    }

    private Map<String, Object> optionsJson() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("rates", options.rates());
        o.put("durationSeconds", options.durationSeconds());
        o.put("subscriptions", options.subscriptionCounts());
        o.put("matching", options.matching());
        o.put("endpoints", options.endpoints());
        o.put("sources", options.sources());
        o.put("reposts", options.repostShare());
        o.put("nearDuplicates", options.nearDuplicateShare());
        o.put("maxInFlight", options.maxInFlight());
        o.put("startStack", options.startStack());
        o.put("stackEnv", options.stackEnv());
        o.put("seed", options.seed());
        return o;
    }

    private Map<String, Object> loadJson(LoadRunner load, long start, long end) {
        double seconds = Math.max(1, end - start) / 1000.0;
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("offered", load.offered.get());
        l.put("offeredPerSecond", Stats.round(load.offered.get() / seconds));
        l.put("accepted", load.accepted.get());
        l.put("acceptedPerSecond", Stats.round(load.accepted.get() / seconds));
        l.put("refusedByClient", load.refusedByClient.get());
        l.put("statuses", load.statuses);
        l.put("outcomes", load.outcomes);
        l.put("postLatencyMs", Stats.of(LoadRunner.drain(load.latencies)));
        return l;
    }

    private Map<String, Object> stagesJson(LoadRunner load, FlowObserver observer, ReceiverProcess receiver) {
        List<Long> ingestToPublished = new ArrayList<>();
        List<Long> publishedToEnriched = new ArrayList<>();
        List<Long> enrichedToWebhook = new ArrayList<>();
        List<Long> acceptedToWebhook = new ArrayList<>();
        List<Long> acceptedToEnriched = new ArrayList<>();
        for (Map.Entry<String, Long> accepted : load.acceptedAt.entrySet()) {
            FlowObserver.Seen seen = observer.seen.get(accepted.getKey());
            Long webhook = receiver.firstDelivery.get(accepted.getKey());
            if (seen != null && seen.publishedCount.get() > 0 && seen.ingestedAt > 0) {
                ingestToPublished.add(seen.published - seen.ingestedAt);
            }
            if (seen != null && seen.publishedCount.get() > 0 && seen.enrichedCount.get() > 0) {
                publishedToEnriched.add(seen.enriched - seen.published);
                acceptedToEnriched.add(seen.enriched - accepted.getValue());
            }
            if (webhook != null) {
                acceptedToWebhook.add(webhook - accepted.getValue());
                if (seen != null && seen.enrichedCount.get() > 0) {
                    enrichedToWebhook.add(webhook - seen.enriched);
                }
            }
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("ingestToPressReleasesMs", Stats.of(longs(ingestToPublished)));
        s.put("pressReleasesToEnrichedMs", Stats.of(longs(publishedToEnriched)));
        s.put("enrichedToWebhookMs", Stats.of(longs(enrichedToWebhook)));
        s.put("accepted2xxToEnrichedMs", Stats.of(longs(acceptedToEnriched)));
        s.put("accepted2xxToWebhookMs", Stats.of(longs(acceptedToWebhook)));
        return s;
    }

    private Map<String, Object> ratesJson(LoadRunner load, FlowObserver observer, ReceiverProcess receiver,
                                          Baseline.Result baseline, long deliveriesBefore) {
        Map<String, Object> r = new LinkedHashMap<>();
        double raw = baseline == null ? 0 : baseline.recordsPerSecond();
        rate(r, "accepted", load.accepted.get(), load.acceptedAt.values().stream().mapToLong(Long::longValue).toArray(), raw);
        rate(r, "pressReleases", observer.records.get("press.releases").get(),
                observer.seen.values().stream().filter(s -> s.publishedCount.get() > 0).mapToLong(s -> s.published).toArray(), raw);
        rate(r, "enriched", observer.records.get("press.releases.enriched").get(),
                observer.seen.values().stream().filter(s -> s.enrichedCount.get() > 0).mapToLong(s -> s.enriched).toArray(), raw);
        rate(r, "webhooks", receiver.deliveries.get() - deliveriesBefore,
                receiver.firstDelivery.values().stream().mapToLong(Long::longValue).toArray(), raw);
        r.put("alertsDeliveriesRecords", observer.records.get("alerts.deliveries").get());
        return r;
    }

    /** A stage's rate: its count over the span from its first to its last event. */
    private static void rate(Map<String, Object> rates, String name, long count, long[] times, double raw) {
        Map<String, Object> rate = new LinkedHashMap<>();
        rate.put("count", count);
        if (times.length > 1) {
            long first = java.util.Arrays.stream(times).min().orElse(0);
            long last = java.util.Arrays.stream(times).max().orElse(0);
            double perSecond = count / (Math.max(1, last - first) / 1000.0);
            rate.put("perSecond", Stats.round(perSecond));
            if (raw > 0) {
                rate.put("ratioToRawKafka", Math.round(perSecond / raw * 10_000) / 10_000.0);
            }
        }
        rates.put(name, rate);
    }

    private Map<String, Object> deliveryJson(LoadRunner load, FlowObserver observer) {
        long missingPublished = 0;
        long missingEnriched = 0;
        long duplicatedPublished = 0;
        long duplicatedEnriched = 0;
        for (String id : load.acceptedAt.keySet()) {
            FlowObserver.Seen seen = observer.seen.get(id);
            long published = seen == null ? 0 : seen.publishedCount.get();
            long enriched = seen == null ? 0 : seen.enrichedCount.get();
            missingPublished += published == 0 ? 1 : 0;
            missingEnriched += enriched == 0 ? 1 : 0;
            duplicatedPublished += published > 1 ? 1 : 0;
            duplicatedEnriched += enriched > 1 ? 1 : 0;
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("acceptedNewReleases", load.acceptedAt.size());
        d.put("missingOnPressReleases", missingPublished);
        d.put("missingOnEnriched", missingEnriched);
        d.put("duplicatedOnPressReleases", duplicatedPublished);
        d.put("duplicatedOnEnriched", duplicatedEnriched);
        d.put("exactlyOnceOnEnriched", missingEnriched == 0 && duplicatedEnriched == 0);
        return d;
    }

    private static long[] longs(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }
}
