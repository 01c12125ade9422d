package org.communique.notifier.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.EventJson;
import org.communique.contracts.Topics;
import org.communique.notifier.support.ChildNotifier;
import org.communique.notifier.support.TestReleases;
import org.communique.testing.EmbeddedPostgresServer;
import org.communique.testing.FreePorts;
import org.communique.testing.InProcessKafka;
import org.communique.testing.RawKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * OPT-IN BENCHMARK ({@code -Dcommunique.bench=true}; never run by default, asserts no speed): what one release
 * costs the notifier and its PostgreSQL with 10,000 subscriptions, as in {@code ./communique bench}: the packaged
 * notifier (a child process) consumes {@code press.releases.enriched} from the broker in the test JVM, with a
 * PostgreSQL server of its own (so that its CPU is the notifier's database alone, and with
 * {@code pg_stat_statements} loaded) and a webhook receiver in a third process ({@link BenchReceiver}).
 * Two kinds of release, each measured after a warm-up: one that matches none of the subscriptions, and one that
 * matches {@value #MATCHING} (each a webhook on its own endpoint, no story dedupe, like the bench's matching
 * ones). Each phase offers its releases at a fixed rate, then waits until every release is consumed, every
 * webhook delivered and recorded and every {@code alerts.deliveries} row published; it prints the CPU ms per
 * release of every process over load and drain, the statements PostgreSQL ran per release, and the tables'
 * and indexes' counters per release. {@code -Dcommunique.bench.jfr=dir} records the notifier with JFR during
 * each measured phase ({@code <dir>/<phase>.jfr}); {@code -Dcommunique.bench.scale=0.5} shortens the phases.
 */
@EnabledIfSystemProperty(named = "communique.bench", matches = "true")
class ReleaseCostBenchmarkIT {

    private static final int SUBSCRIPTIONS = 10_000;
    private static final int MATCHING = 5;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final String DATABASE = "notifier_cost";
    /** The bench's non-matching subscriptions name countries its releases never mention (Setup.ELSEWHERE). */
    private static final List<String> ELSEWHERE = List.of("BR", "AR", "CL", "PE", "MX", "CA", "AU", "NZ", "ZA",
            "NG", "EG", "MA", "KE", "ET", "GH", "SN", "PT", "IE", "IS", "NO");
    private static final List<String> SENTENCES = List.of(
            "Министр иностранных дел провёл переговоры с делегацией соседней страны в Астане.",
            "Стороны обсудили вопросы торгово-экономического сотрудничества и транзитного потенциала.",
            "Особое внимание было уделено реализации совместных инфраструктурных проектов.",
            "Отмечена важность укрепления договорно-правовой базы двусторонних отношений.",
            "По итогам встречи подписан меморандум о взаимопонимании в области энергетики.",
            "Глава ведомства подчеркнул приверженность принципам добрососедства и взаимного уважения.",
            "Делегации договорились провести очередное заседание межправительственной комиссии в будущем году.",
            "Был рассмотрен ход выполнения договорённостей, достигнутых в ходе предыдущих визитов.",
            "Стороны выразили заинтересованность в расширении культурно-гуманитарных связей.",
            "Министерство иностранных дел информирует о предстоящем официальном визите.",
            "В рамках визита запланированы встречи с руководством страны и представителями деловых кругов.",
            "Обсуждены актуальные вопросы региональной и международной повестки дня.",
            "Пресс-служба министерства: телефон для справок, электронная почта и официальный сайт.");

    private final Random random = new Random(20261207);
    private Process receiver;
    private ChildNotifier notifier;
    private EmbeddedPostgres postgres;
    private String jdbcUrl;
    private ProcessCpu cpu;
    private int receiverPort;
    private long delivered;

    @AfterEach
    void stop() throws Exception {
        if (notifier != null) {
            notifier.close();
        }
        if (receiver != null) {
            receiver.destroyForcibly().waitFor();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void costPerReleaseWithTenThousandSubscriptions() throws Exception {
        double scale = Double.parseDouble(System.getProperty("communique.bench.scale", "1"));
        String bootstrap = InProcessKafka.bootstrapServers();
        double rawKafka = RawKafka.producerRecordsPerSecond(bootstrap, 100_000, 4096);

        postgres = EmbeddedPostgres.builder()
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.track", "all")
                .start();
        EmbeddedPostgresServer.createDatabase(postgres, DATABASE);
        jdbcUrl = postgres.getJdbcUrl(EmbeddedPostgresServer.USER, DATABASE);
        sql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");

        receiverPort = FreePorts.one();
        receiver = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), BenchReceiver.class.getName(),
                Integer.toString(receiverPort))
                .redirectErrorStream(true).redirectOutput(new File("target/cost-receiver.log")).start();
        notifier = ChildNotifier.start(bootstrap, jdbcUrl, "cost-notifier", Map.of("QUARKUS_PROFILE", "local,raised-limits"));
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> receivedCount() >= 0);

        Map<String, Long> processes = new LinkedHashMap<>();
        processes.put("notifier", notifier.pid());
        processes.put("postgresql", postmaster());
        processes.put("receiver", receiver.pid());
        processes.put("test JVM with the broker", ProcessHandle.current().pid());
        cpu = new ProcessCpu(processes);

        String matchingOfficial = "official-" + UUID.randomUUID();
        long subscribing = System.nanoTime();
        subscribeAll(matchingOfficial);
        System.out.printf("%n%,d subscriptions (%d match the 'matching' releases) created in %.1f s%n", SUBSCRIPTIONS,
                MATCHING, (System.nanoTime() - subscribing) / 1e9);

        String nobody = "official-nobody";
        // warm-up: the JIT, the connections to the endpoints, the stems memo
        phase("warm-up, matching " + MATCHING, matchingOfficial, MATCHING, 200, (int) (20 * scale), false);
        phase("warm-up, matching none", nobody, 0, 1000, (int) (10 * scale), false);
        idle((int) Math.max(5, 10 * scale));
        phase("matching none", nobody, 0, 1000, (int) (30 * scale), true);
        phase("matching " + MATCHING, matchingOfficial, MATCHING, 200, (int) (30 * scale), true);
        idle((int) Math.max(5, 10 * scale));
        System.out.printf("%nraw Kafka producer on this machine, same run: %.0f records/s (4 KiB, acks=all)%n", rawKafka);
    }

    /** Offers {@code seconds × rate} releases naming {@code official}, waits for everything they cause, prints costs. */
    private void phase(String name, String official, int matchingEach, int rate, int seconds, boolean report)
            throws Exception {
        int count = rate * seconds;
        Map<String, Long> tablesBefore = report ? counters(TABLES) : Map.of();
        Map<String, Long> indexesBefore = report ? counters(INDEXES) : Map.of();
        if (report) {
            sql("SELECT pg_stat_statements_reset()");
        }
        Path jfr = report ? startRecording(name) : null;
        String loadBefore = loadAverage();
        Map<String, Long> cpuBefore = cpu.snapshot();
        Map<String, Long> threadsBefore = ProcessCpu.byThread(notifier.pid());
        long started = System.nanoTime();
        publish(official, count, rate);
        double offeredSeconds = (System.nanoTime() - started) / 1e9;
        long expected = delivered + (long) count * matchingEach;
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> lag() == 0
                && receivedCount() >= expected && unfinished() == 0);
        double drainedSeconds = (System.nanoTime() - started) / 1e9;
        Map<String, Long> cpuAfter = cpu.snapshot();
        Map<String, Long> threadsAfter = ProcessCpu.byThread(notifier.pid());
        String loadAfter = loadAverage();
        stopRecording(jfr);
        long received = receivedCount() - delivered;
        delivered = receivedCount();
        System.out.printf("%n== %s: %,d releases offered at %d/s in %.1f s, all consumed and %,d webhooks delivered "
                        + "and recorded after %.1f s; load average %s -> %s%n", name, count, rate, offeredSeconds,
                received, drainedSeconds, loadBefore, loadAfter);
        System.out.printf("  %s%n", ProcessCpu.perUnit(cpuBefore, cpuAfter, count, "release"));
        System.out.printf("  the notifier's threads, CPU ms per release: %s%n",
                ProcessCpu.topThreads(threadsBefore, threadsAfter, count, 14));
        if (!report) {
            return;
        }
        assertThat(received).isEqualTo((long) count * matchingEach);
        printStatements(count);
        printCounters("tables (per release): ", TABLES, tablesBefore, count);
        printCounters("indexes (per release): ", INDEXES, indexesBefore, count);
    }

    /** The fixed cost: every process's CPU per second while nothing arrives. */
    private void idle(int seconds) throws Exception {
        Map<String, Long> before = cpu.snapshot();
        long started = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        double elapsed = (System.nanoTime() - started) / 1e9;
        Map<String, Long> after = cpu.snapshot();
        StringBuilder line = new StringBuilder();
        after.forEach((process, ms) -> line.append(line.isEmpty() ? "" : ", ").append(process).append(' ')
                .append(String.format("%.1f", (ms - before.get(process)) / elapsed)));
        System.out.printf("%n== idle %d s: CPU ms per second: %s%n", seconds, line);
    }

    private static final String TABLES = """
            SELECT relname || ' ins ' AS k, n_tup_ins AS v FROM pg_stat_user_tables
            UNION ALL SELECT relname || ' upd ', n_tup_upd FROM pg_stat_user_tables
            UNION ALL SELECT relname || ' hot upd ', n_tup_hot_upd FROM pg_stat_user_tables
            UNION ALL SELECT relname || ' del ', n_tup_del FROM pg_stat_user_tables
            UNION ALL SELECT relname || ' seq scans ', seq_scan FROM pg_stat_user_tables
            UNION ALL SELECT relname || ' seq tuples read ', seq_tup_read FROM pg_stat_user_tables
            UNION ALL SELECT relname || ' idx scans ', coalesce(idx_scan, 0) FROM pg_stat_user_tables
            UNION ALL SELECT relname || ' autovacuums ', autovacuum_count + autoanalyze_count FROM pg_stat_user_tables
            """;
    private static final String INDEXES = """
            SELECT indexrelname || ' scans ' AS k, idx_scan AS v FROM pg_stat_user_indexes
            UNION ALL SELECT indexrelname || ' read ', idx_tup_read FROM pg_stat_user_indexes
            UNION ALL SELECT indexrelname || ' fetched ', idx_tup_fetch FROM pg_stat_user_indexes
            """;

    private Map<String, Long> counters(String query) throws Exception {
        // the statistics collector publishes at most every 500 ms (stats_fetch_consistency aside)
        Thread.sleep(1_000);
        Map<String, Long> values = new LinkedHashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet rows = statement.executeQuery(query)) {
                while (rows.next()) {
                    values.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return values;
    }

    private void printCounters(String title, String query, Map<String, Long> before, int releases) throws Exception {
        Map<String, Long> after = counters(query);
        StringBuilder line = new StringBuilder("  " + title);
        after.forEach((key, value) -> {
            long delta = value - before.getOrDefault(key, 0L);
            if (delta != 0) {
                line.append(key).append(String.format("%.2f", delta / (double) releases)).append("; ");
            }
        });
        System.out.println(line);
    }

    private void printStatements(int releases) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT calls, rows, total_exec_time, total_plan_time, shared_blks_hit + shared_blks_read AS blocks,
                            wal_records, regexp_replace(query, '\\s+', ' ', 'g') AS query
                     FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                     ORDER BY total_exec_time DESC LIMIT 25""")) {
            System.out.printf("  statements (pg_stat_statements, per release: calls, rows, exec ms, blocks, WAL records):%n");
            double totalMs = 0;
            while (rows.next()) {
                double ms = rows.getDouble("total_exec_time");
                totalMs += ms;
                String query = rows.getString("query");
                System.out.printf("    %8.3f %8.2f %8.4f %8.1f %7.2f  %s%n", rows.getLong("calls") / (double) releases,
                        rows.getLong("rows") / (double) releases, ms / releases,
                        rows.getLong("blocks") / (double) releases, rows.getLong("wal_records") / (double) releases,
                        query.length() > 150 ? query.substring(0, 150) : query);
            }
            System.out.printf("    these statements' execution: %.4f ms per release%n", totalMs / releases);
        }
    }

    private Path startRecording(String phase) throws Exception {
        String directory = System.getProperty("communique.bench.jfr");
        if (directory == null) {
            return null;
        }
        Path file = Path.of(directory, phase.replaceAll("[^a-z0-9]+", "-") + ".jfr").toAbsolutePath();
        Files.createDirectories(file.getParent());
        jcmd("JFR.start", "name=cost", "settings=profile", "filename=" + file);
        return file;
    }

    private void stopRecording(Path file) throws Exception {
        if (file != null) {
            jcmd("JFR.stop", "name=cost");
            System.out.printf("  flight recording of the notifier: %s%n", file);
        }
    }

    private void jcmd(String... arguments) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(Path.of(java).resolveSibling("jcmd").toString(),
                Long.toString(notifier.pid())));
        command.addAll(List.of(arguments));
        Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        assertThat(jcmd.waitFor(30, TimeUnit.SECONDS)).as(output).isTrue();
    }

    private void publish(String official, int count, int perSecond) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, InProcessKafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            producer.partitionsFor(Topics.PRESS_RELEASES_ENRICHED);
            long started = System.nanoTime();
            for (int i = 0; i < count; i++) {
                EnrichedRelease release = release(official);
                producer.send(new ProducerRecord<>(Topics.PRESS_RELEASES_ENRICHED, release.release().id().toString(),
                        EventJson.encode(release)));
                // pacing the offered rate, not waiting for a result
                long ahead = started + (i + 1) * 1_000_000_000L / perSecond - System.nanoTime();
                if (ahead > 0) {
                    Thread.sleep(ahead / 1_000_000, (int) (ahead % 1_000_000));
                }
            }
            producer.flush();
        }
    }

    /** A release of 2-4 KB of ministry prose naming {@code official}, with a story of its own. */
    private EnrichedRelease release(String official) {
        UUID id = UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        int sentences = 25 + random.nextInt(25);
        for (int i = 0; i < sentences; i++) {
            body.append(SENTENCES.get(random.nextInt(SENTENCES.size()))).append(' ');
            if (random.nextInt(4) == 0) {
                body.append("Номер ").append(random.nextInt(100_000)).append(". ");
            }
        }
        return TestReleases.variant(TestReleases.kyrgyzVisitToKazakhstan(id, 1, official))
                .text("Министр иностранных дел посетит Казахстан " + random.nextInt(1000), body.toString())
                .storyId("story-" + id)
                .build();
    }

    /** Like the bench: MATCHING on their own endpoints, the others anchored on keywords no release uses. */
    private void subscribeAll(String matchingOfficial) throws Exception {
        Semaphore inFlight = new Semaphore(16);
        List<CompletableFuture<HttpResponse<String>>> created = new ArrayList<>();
        for (int i = 0; i < SUBSCRIPTIONS; i++) {
            String filter;
            String url;
            if (i < MATCHING) {
                filter = "{\"officials\": [\"" + matchingOfficial + "\"], \"storyDedupe\": false}";
                url = "http://127.0.9." + (i + 1) + ":" + receiverPort + "/hook/" + i;
            } else {
                filter = "{\"countries\": [\"" + ELSEWHERE.get(i % ELSEWHERE.size()) + "\"], \"keywords\": [\"benchword"
                        + i + "\"]}";
                url = "http://127.0.10." + (i % MATCHING + 1) + ":" + receiverPort + "/hook/" + i;
            }
            String body = "{\"filter\": " + filter + ", \"channel\": {\"type\": \"webhook\", \"url\": \"" + url + "\"}}";
            inFlight.acquire();
            created.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(notifier.url() + "/api/v1/subscriptions"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, failure) -> inFlight.release()));
        }
        for (CompletableFuture<HttpResponse<String>> response : created) {
            assertThat(response.get().statusCode()).as(response.get().body()).isEqualTo(201);
        }
    }

    /** Records on press.releases.enriched the notifier's group has not committed yet. */
    private long lag() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                InProcessKafka.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("notifier")
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
            committed.keySet().stream().filter(tp -> tp.topic().equals(Topics.PRESS_RELEASES_ENRICHED))
                    .forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            if (latest.isEmpty()) {
                return Long.MAX_VALUE;
            }
            long lag = 0;
            for (var end : admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet()) {
                lag += end.getValue().offset() - committed.get(end.getKey()).offset();
            }
            return lag;
        }
    }

    /** Alerts not delivered yet and outbox rows not published yet. */
    private long unfinished() throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT (SELECT count(*) FROM alerts WHERE status = 'PENDING')"
                     + " + (SELECT count(*) FROM outbox WHERE sent_at IS NULL)")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long receivedCount() throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + receiverPort + "/stats?since=0"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
        return Long.parseLong(body.trim().split(" ")[0]);
    }

    private long postmaster() throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet pid = statement.executeQuery("SELECT pg_backend_pid()")) {
            pid.next();
            return ProcessHandle.of(pid.getLong(1)).flatMap(ProcessHandle::parent).orElseThrow().pid();
        }
    }

    private void sql(String sql) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER, "");
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
