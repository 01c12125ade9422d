package org.communique.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Points the service's datasource at a real PostgreSQL. The database name comes from the
 * {@code database} init argument (default {@code communique}).
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private String database = "communique";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", EmbeddedPostgresServer.jdbcUrl(database),
                "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // the server is shared by every Quarkus start in this JVM and stops with it
    }
}
