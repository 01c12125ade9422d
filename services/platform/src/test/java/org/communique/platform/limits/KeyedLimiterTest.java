package org.communique.platform.limits;

import org.communique.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyedLimiterTest {

    @Test
    void eachKeyHasItsOwnBucket() {
        KeyedLimiter limiter = new KeyedLimiter(3, Duration.ofHours(1), 100);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        }
        KeyedLimiter.Decision refused = limiter.tryAcquire("a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isPositive();
        assertThat(limiter.tryAcquire("b").allowed()).isTrue();
    }

    @Test
    void refusalIsA429WithRetryAfter() {
        KeyedLimiter limiter = new KeyedLimiter(1, Duration.ofMinutes(1), 100);
        limiter.acquireOrThrow("k", "test alerts");
        assertThatThrownBy(() -> limiter.acquireOrThrow("k", "test alerts"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.getMessage()).isEqualTo("test alerts: at most 1 per minute");
                    assertThat(Long.parseLong(e.headers().get("Retry-After"))).isBetween(1L, 60L);
                });
    }

    @Test
    void aBurstLargerThanNothingThenTheRateRefills() {
        // 3 at once, then one a second (60 a minute): the fourth waits about a second, not twenty
        KeyedLimiter limiter = new KeyedLimiter(3, 60, Duration.ofMinutes(1), 100);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        }
        KeyedLimiter.Decision refused = limiter.tryAcquire("a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
        assertThatThrownBy(() -> limiter.acquireOrThrow("a", "pushes"))
                .hasMessage("pushes: at most 60 per minute");
    }

    @Test
    void inventedKeysCostBoundedMemory() {
        KeyedLimiter limiter = new KeyedLimiter(1, Duration.ofHours(1), 1000);
        for (int i = 0; i < 100_000; i++) {
            limiter.tryAcquire("client-" + i);
        }
        assertThat(limiter.keys()).isEqualTo(1000);
    }
}
