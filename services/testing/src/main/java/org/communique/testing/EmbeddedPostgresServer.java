package org.communique.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One real PostgreSQL (embedded binaries, no Docker) per test JVM, shared by every Quarkus restart in it.
 * Each caller gets its own database.
 */
public final class EmbeddedPostgresServer {

    public static final String USER = "postgres";

    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away; pg_ctl stop failing leaves nothing we can fix here
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }

    /**
     * Creates {@code database} if it does not exist and returns its JDBC URL (user {@link #USER}, no password);
     * on the PostgreSQL container when {@link TestContainers#enabled()}.
     */
    public static String jdbcUrl(String database) {
        if (TestContainers.enabled()) {
            requireIdentifier(database);
            return TestContainers.jdbcUrl(database);
        }
        EmbeddedPostgres pg = server();
        createDatabase(pg, database);
        return pg.getJdbcUrl(USER, database);
    }

    public static void createDatabase(EmbeddedPostgres pg, String database) {
        requireIdentifier(database);
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }

    private static void requireIdentifier(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be a plain identifier: " + database);
        }
    }
}
