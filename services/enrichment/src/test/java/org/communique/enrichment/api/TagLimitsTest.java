package org.communique.enrichment.api;

import org.communique.enrichment.EnrichmentConfig;
import org.communique.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TagLimitsTest {

    @Test
    void aClientPastItsRateGets429AndOthersGoOn() {
        TagLimits limits = new TagLimits(config(3, 4));
        for (int i = 0; i < 3; i++) {
            assertThat(limits.run("198.51.100.1", () -> "tagged")).isEqualTo("tagged");
        }
        assertThatThrownBy(() -> limits.run("198.51.100.1", () -> "tagged"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.headers()).containsKey("Retry-After");
                });
        assertThat(limits.run("198.51.100.2", () -> "tagged")).isEqualTo("tagged");
    }

    @Test
    void taggingsAtOnceAreCapped() throws Exception {
        TagLimits limits = new TagLimits(config(100, 1));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> holding = CompletableFuture.supplyAsync(() -> limits.run("a", () -> {
            started.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "first";
        }));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> limits.run("b", () -> "second"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(503));
        release.countDown();
        assertThat(holding.get(30, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(limits.run("b", () -> "second")).isEqualTo("second");
    }

    private static EnrichmentConfig config(int perMinute, int concurrent) {
        return new EnrichmentConfig() {
            @Override
            public ZoneId timeZone() {
                return ZoneId.of("UTC");
            }

            @Override
            public Optional<String> adminKey() {
                return Optional.empty();
            }

            @Override
            public Kb kb() {
                return null;
            }

            @Override
            public Tag tag() {
                return new Tag() {
                    @Override
                    public int requestsPerClientPerMinute() {
                        return perMinute;
                    }

                    @Override
                    public int maxConcurrent() {
                        return concurrent;
                    }

                    @Override
                    public int trackedClients() {
                        return 1000;
                    }
                };
            }
        };
    }
}
