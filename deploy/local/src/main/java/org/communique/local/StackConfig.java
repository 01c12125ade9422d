package org.communique.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local stack keeps its data and which ports it uses. Every value can be set through the
 * environment ({@code COMMUNIQUE_HOME}, {@code COMMUNIQUE_PG_PORT}, ...). The services' limits are on as
 * everywhere; {@code COMMUNIQUE_RAISE_LIMITS=true} runs them with the {@code raised-limits} profile too,
 * for load tests and benchmarks.
 */
public record StackConfig(
        Path root,
        Path home,
        int postgresPort,
        int kafkaPort,
        int kafkaControllerPort,
        int ingestPort,
        int enrichmentPort,
        int notifierPort,
        Map<String, String> serviceEnv,
        PrintStream console) {

    public static StackConfig fromEnvironment(Path root, Map<String, String> env, PrintStream console) {
        Path home = Path.of(env.getOrDefault("COMMUNIQUE_HOME", root.resolve(".communique").toString()));
        return new StackConfig(root, home.toAbsolutePath(),
                port(env, "COMMUNIQUE_PG_PORT", 15432),
                port(env, "COMMUNIQUE_KAFKA_PORT", 19092),
                port(env, "COMMUNIQUE_KAFKA_CONTROLLER_PORT", 19093),
                port(env, "COMMUNIQUE_INGEST_PORT", 8081),
                port(env, "COMMUNIQUE_ENRICHMENT_PORT", 8082),
                port(env, "COMMUNIQUE_NOTIFIER_PORT", 8083),
                raiseLimits(env) ? Map.of("QUARKUS_PROFILE", "local," + RAISED_LIMITS_PROFILE) : Map.of(), console);
    }

    /** The profile every service defines with its limits raised (never on outside the local stack and benches). */
    public static final String RAISED_LIMITS_PROFILE = "raised-limits";

    public boolean limitsRaised() {
        return serviceEnv.getOrDefault("QUARKUS_PROFILE", "").contains(RAISED_LIMITS_PROFILE);
    }

    private static boolean raiseLimits(Map<String, String> env) {
        String value = env.getOrDefault("COMMUNIQUE_RAISE_LIMITS", "").strip().toLowerCase(java.util.Locale.ROOT);
        return value.equals("true") || value.equals("1") || value.equals("yes");
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'");
        }
    }
}
