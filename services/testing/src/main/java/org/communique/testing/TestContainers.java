package org.communique.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The switch that runs every {@code @QuarkusTest} against Kafka and PostgreSQL in Docker containers instead of
 * the in-process broker and the embedded PostgreSQL: {@code COMMUNIQUE_TESTS_CONTAINERS=true} (or
 * {@code -Dcommunique.tests.containers=true}). {@link InProcessKafka} and {@link EmbeddedPostgresServer} hand
 * out the containers' addresses then, so tests that talk to the broker or the database directly follow too.
 * Where Docker is absent the switch is ignored, and a line on stderr says so.
 */
public final class TestContainers {

    private static Boolean enabled;
    private static KafkaContainer kafka;
    private static PostgreSQLContainer postgres;

    private TestContainers() {
    }

    public static synchronized boolean enabled() {
        if (enabled == null) {
            boolean requested = Boolean.getBoolean("communique.tests.containers")
                    || "true".equalsIgnoreCase(System.getenv("COMMUNIQUE_TESTS_CONTAINERS"));
            enabled = requested && DockerClientFactory.instance().isDockerAvailable();
            if (requested && !enabled) {
                System.err.println("COMMUNIQUE_TESTS_CONTAINERS is set but Docker is not available: "
                        + "the tests use the in-process Kafka broker and the embedded PostgreSQL");
            }
        }
        return enabled;
    }

    static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            kafka = new KafkaContainer("apache/kafka:4.1.1");
            kafka.start();
        }
        return kafka.getBootstrapServers();
    }

    /** Creates {@code database} if needed on the PostgreSQL container (user postgres, trust auth) and returns its URL. */
    static synchronized String jdbcUrl(String database) {
        if (postgres == null) {
            postgres = new PostgreSQLContainer("postgres:17-alpine")
                    .withUsername(EmbeddedPostgresServer.USER)
                    .withEnv("POSTGRES_HOST_AUTH_METHOD", "trust");
            postgres.start();
        }
        String base = "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(5432) + "/";
        try (Connection c = DriverManager.getConnection(base + "postgres", EmbeddedPostgresServer.USER, "");
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + " in the container", e);
        }
        return base + database;
    }
}
