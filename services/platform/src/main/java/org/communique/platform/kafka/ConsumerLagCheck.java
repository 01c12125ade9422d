package org.communique.platform.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Readiness data of a consuming service: the lag of each of its consumer groups
 * ({@code communique.health.consumer-lag.groups}), read with an Admin client built from the service's own
 * {@code kafka.*} settings (so TLS and credentials apply). UP unless a group's lag is above
 * {@code max-lag}, when one is set; whether Kafka is reachable at all is Quarkus' Kafka check's to say, so a
 * failed read is reported, not turned into DOWN twice. Services without groups get a check with no data.
 */
@Readiness
@ApplicationScoped
public class ConsumerLagCheck implements HealthCheck {

    public static final String NAME = "Consumer lag";

    private final ConsumerLagConfig config;
    private final Map<String, Object> kafka;
    private Admin admin;

    ConsumerLagCheck(ConsumerLagConfig config, @Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.config = config;
        this.kafka = kafka;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        List<String> groups = config.groups().orElse(List.of());
        for (String group : groups) {
            try {
                long lag = ConsumerLag.of(admin(), group, config.timeout());
                response.withData(group, lag);
                if (config.maxLag().isPresent() && lag > config.maxLag().getAsLong()) {
                    response.down().withData("reason", group + " lags " + lag + " records, above " + config.maxLag().getAsLong());
                }
            } catch (ExecutionException | TimeoutException e) {
                response.withData(group, "unknown: offsets not readable within " + config.timeout());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                response.withData(group, "unknown: interrupted");
            }
        }
        return response.build();
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> settings = new HashMap<>(kafka);
            settings.keySet().removeIf(key -> !AdminClientConfig.configNames().contains(key));
            int timeout = (int) config.timeout().toMillis();
            settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
            settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
            settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "consumer-lag-check");
            admin = Admin.create(settings);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
