package org.communique.local;

import org.communique.contracts.Topics;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The whole system on one machine: PostgreSQL, a KRaft Kafka broker and the three services, each a child
 * process. {@code ./communique up} runs {@link #main}; the end-to-end test starts the same stack in-process.
 */
public final class LocalStack implements AutoCloseable {

    static final List<String> TOPICS = List.of(Topics.PRESS_RELEASES, Topics.PRESS_RELEASES_ENRICHED,
            Topics.ALERTS_DELIVERIES, Topics.SOURCES_HEALTH);
    static final List<String> SERVICES = List.of("ingest", "enrichment", "notifier");
    /** The consumer groups of the services' main flow (their group.id in application.properties) and topics. */
    static final Map<String, String> CONSUMERS = Map.of(
            "enrichment", Topics.PRESS_RELEASES,
            "notifier", Topics.PRESS_RELEASES_ENRICHED);
    private static final int PARTITIONS = 3;

    private final StackConfig config;
    private LocalPostgres postgres;
    private LocalKafka kafka;
    private final List<LocalService> services = new ArrayList<>();
    private final LeftoverProcesses children;
    /** Whether this stack wrote down its processes (one that refused to start leaves another stack's list alone). */
    private boolean recorded;

    private LocalStack(StackConfig config) {
        this.config = config;
        this.children = LeftoverProcesses.in(config.home());
    }

    public static LocalStack start(StackConfig config) {
        LocalStack stack = new LocalStack(config);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() {
        children.running(LeftoverProcesses.LAUNCHER).ifPresent(launcher -> {
            throw new IllegalStateException("a stack is already running in " + config.home() + " (launcher pid "
                    + launcher.pid() + "); stop it first: Ctrl-C in its terminal, or ./communique stop");
        });
        List<String> leftovers = stopLeftovers(config.home());
        children.record(LeftoverProcesses.LAUNCHER, ProcessHandle.current());
        recorded = true;
        if (!leftovers.isEmpty()) {
            say("stopped what an earlier run left running (its launcher was killed): " + String.join(", ", leftovers));
        }
        for (int port : List.of(config.postgresPort(), config.kafkaPort(), config.kafkaControllerPort(),
                config.ingestPort(), config.enrichmentPort(), config.notifierPort())) {
            if (Ports.inUse(port)) {
                throw new IllegalStateException("port " + port + " is in use (is another stack running?)");
            }
        }
        say("data directory: " + config.home());
        if (config.limitsRaised()) {
            say("limits raised on purpose (COMMUNIQUE_RAISE_LIMITS): for load tests only");
        }
        postgres = LocalPostgres.start(config.home().resolve("postgres"), config.postgresPort());
        SERVICES.forEach(postgres::createDatabase);
        say("PostgreSQL ready on port " + postgres.port());

        kafka = LocalKafka.start(config.root(), config.home(), config.kafkaPort(), config.kafkaControllerPort());
        List<String> topics = new ArrayList<>();
        TOPICS.forEach(t -> {
            topics.add(t);
            topics.add(Topics.deadLetter(t));
        });
        kafka.createTopics(topics, PARTITIONS);
        children.record("kafka", kafka.handle());
        say("Kafka ready on " + kafka.bootstrapServers());

        int[] ports = {config.ingestPort(), config.enrichmentPort(), config.notifierPort()};
        for (int i = 0; i < SERVICES.size(); i++) {
            String name = SERVICES.get(i);
            services.add(LocalService.start(config, name, ports[i], Map.of(
                    "QUARKUS_PROFILE", "local",
                    "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(name),
                    "QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER,
                    "QUARKUS_DATASOURCE_PASSWORD", "",
                    "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                    // the notifier's pickers ask enrichment for names (the other services ignore it)
                    "COMMUNIQUE_PAGES_ENRICHMENT_URL", "http://localhost:" + config.enrichmentPort())));
            children.record(name, services.get(i).handle());
        }
        for (LocalService service : services) {
            service.awaitReady(Duration.ofMinutes(3));
        }
        List<String> forming = kafka.awaitConsumers(CONSUMERS, PARTITIONS, Duration.ofSeconds(60));
        if (!forming.isEmpty()) {
            say("consumer groups still forming: " + forming + " (the first releases may wait for them)");
        }
    }

    /**
     * Stops what an earlier stack in {@code home} left running when its launcher was killed outright (its
     * shutdown hook never ran): the recorded child JVMs and a PostgreSQL server on its data directory.
     *
     * @return the names of what was still running
     */
    public static List<String> stopLeftovers(Path home) {
        List<String> leftovers = new ArrayList<>(LeftoverProcesses.in(home).stopAll(Duration.ofSeconds(30)));
        if (LocalPostgres.stopServer(home.resolve("postgres"))) {
            leftovers.add("postgresql");
        }
        return leftovers;
    }

    public LocalService service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    public LocalKafka kafka() {
        return kafka;
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    @Override
    public synchronized void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            quietly(services.get(i)::close);
        }
        services.clear();
        if (kafka != null) {
            quietly(kafka::close);
            kafka = null;
        }
        if (postgres != null) {
            quietly(postgres::close);
            postgres = null;
        }
        if (recorded) {
            quietly(children::forget);
        }
    }

    private static void quietly(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            System.err.println("while stopping: " + e.getMessage());
        }
    }

    private void say(String line) {
        if (config.console() != null) {
            config.console().println("communique | " + line);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = Path.of(System.getProperty("communique.root", ".")).toAbsolutePath().normalize();
        PrintStream out = System.out;
        StackConfig config = StackConfig.fromEnvironment(root, System.getenv(), out);
        if (args.length > 0 && args[0].equals("stop")) {
            List<String> stopped = stopLeftovers(config.home());
            out.println("communique | " + (stopped.isEmpty() ? "nothing of a stack in " + config.home() + " was running"
                    : "stopped: " + String.join(", ", stopped)));
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        LocalStack[] running = new LocalStack[1];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("communique | stopping...");
            synchronized (running) {
                if (running[0] != null) {
                    running[0].close();
                }
            }
            out.println("communique | stopped");
            stopped.countDown();
        }, "local-stack-stop"));

        LocalStack stack;
        try {
            stack = start(config);
        } catch (RuntimeException e) {
            System.err.println("communique | failed to start: " + e.getMessage());
            System.exit(1);
            return;
        }
        synchronized (running) {
            running[0] = stack;
        }
        out.println();
        out.println("communique | the stack is up (Ctrl-C stops everything)");
        out.printf("communique |   ingest      %s   (POST /api/v1/releases)%n", stack.service("ingest").url());
        out.printf("communique |   enrichment  %s   (POST /api/v1/tag)%n", stack.service("enrichment").url());
        out.printf("communique |   notifier    %s   (POST /api/v1/subscriptions)%n", stack.service("notifier").url());
        out.printf("communique |   kafka       %s%n", stack.kafka().bootstrapServers());
        out.printf("communique |   postgresql  localhost:%d (user postgres; databases %s)%n",
                stack.postgres().port(), String.join(", ", SERVICES));
        out.printf("communique |   data        %s (logs in %s)%n", config.home(), config.home().resolve("logs"));
        out.printf("communique |   demo source key: %s%n",
                System.getenv().getOrDefault("COMMUNIQUE_DEMO_KEY", "local-demo-key"));
        stopped.await();
    }
}
