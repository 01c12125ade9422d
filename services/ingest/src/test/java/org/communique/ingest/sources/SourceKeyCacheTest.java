package org.communique.ingest.sources;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.communique.contracts.SourceRef;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class SourceKeyCacheTest {

    @Inject
    SourceKeyCache cache;

    private final AtomicInteger lookups = new AtomicInteger();
    private final CountDownLatch looking = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @Test
    void requestsArrivingDuringALookupShareIt() throws Exception {
        String key = uniqueKey();
        KnownSource source = source("Busy feeder");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Optional<KnownSource>>> answers = new ArrayList<>();
            answers.add(threads.submit(() -> cache.get(key, blockingLookup(source))));
            assertThat(looking.await(10, TimeUnit.SECONDS)).isTrue();
            List<Thread> waiting = new CopyOnWriteArrayList<>();
            for (int i = 0; i < 7; i++) {
                answers.add(threads.submit(() -> {
                    waiting.add(Thread.currentThread());
                    return cache.get(key, blockingLookup(source));
                }));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> waiting.size() == 7
                    && waiting.stream().allMatch(t -> t.getState() == Thread.State.WAITING));
            release.countDown();
            for (Future<Optional<KnownSource>> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).contains(source);
            }
            assertThat(lookups).hasValue(1);
            // and the answer is cached
            assertThat(cache.get(key, () -> Optional.empty())).contains(source);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void aLookupStartedBeforeAChangeIsNotSharedAfterIt() throws Exception {
        String key = uniqueKey();
        KnownSource before = source("Before the change");
        KnownSource after = source("After the change");
        ExecutorService threads = Executors.newFixedThreadPool(1);
        try {
            Future<Optional<KnownSource>> first = threads.submit(() -> cache.get(key, blockingLookup(before)));
            assertThat(looking.await(10, TimeUnit.SECONDS)).isTrue();
            cache.invalidateAll();

            assertThat(cache.get(key, () -> {
                lookups.incrementAndGet();
                return Optional.of(new SourceKeyCache.Found(after, null));
            })).contains(after);
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).contains(before);
            assertThat(lookups).hasValue(2);
            // what the older lookup read was not cached
            assertThat(cache.get(key, () -> Optional.empty())).contains(after);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void whenTheSharedLookupFailsEachRequestTriesForItself() throws Exception {
        String key = uniqueKey();
        KnownSource source = source("Flaky lookup");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<KnownSource>> failing = threads.submit(() -> cache.get(key, () -> {
                lookups.incrementAndGet();
                looking.countDown();
                awaitRelease();
                throw new IllegalStateException("database unavailable");
            }));
            assertThat(looking.await(10, TimeUnit.SECONDS)).isTrue();
            List<Thread> waiting = new CopyOnWriteArrayList<>();
            Future<Optional<KnownSource>> retrying = threads.submit(() -> {
                waiting.add(Thread.currentThread());
                return cache.get(key, () -> {
                    lookups.incrementAndGet();
                    return Optional.of(new SourceKeyCache.Found(source, null));
                });
            });
            await().atMost(Duration.ofSeconds(10)).until(() -> waiting.size() == 1
                    && waiting.get(0).getState() == Thread.State.WAITING);
            release.countDown();

            assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("database unavailable");
            assertThat(retrying.get(10, TimeUnit.SECONDS)).contains(source);
            assertThat(lookups).hasValue(2);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    private Supplier<Optional<SourceKeyCache.Found>> blockingLookup(KnownSource source) {
        return () -> {
            lookups.incrementAndGet();
            looking.countDown();
            awaitRelease();
            return Optional.of(new SourceKeyCache.Found(source, null));
        };
    }

    private void awaitRelease() {
        try {
            assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static KnownSource source(String name) {
        return new KnownSource(new SourceRef(UUID.randomUUID(), name, null), null, null);
    }

    private static String uniqueKey() {
        return "test-" + UUID.randomUUID();
    }
}
