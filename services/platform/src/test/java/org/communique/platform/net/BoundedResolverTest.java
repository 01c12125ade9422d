package org.communique.platform.net;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedResolverTest {

    @Test
    void aLookupThatNeverAnswersFailsAsUnresolved() {
        CountDownLatch never = new CountDownLatch(1);
        HostResolver silent = host -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new UnknownHostException(host);
        };
        HostResolver bounded = HostResolver.bounded(silent, Duration.ofMillis(200), 2);
        assertThatThrownBy(() -> bounded.resolve("slow.example")).isInstanceOf(UnknownHostException.class)
                .hasMessageContaining("no answer within 200 ms");
    }

    @Test
    void answersAndUnknownHostsPassThrough() throws Exception {
        HostResolver fake = host -> {
            if (host.equals("known.example")) {
                return new InetAddress[] {InetAddress.getByName("203.0.113.5")};
            }
            throw new UnknownHostException(host);
        };
        HostResolver bounded = HostResolver.bounded(fake, Duration.ofSeconds(5), 2);
        assertThat(bounded.resolve("known.example")).hasSize(1);
        assertThatThrownBy(() -> bounded.resolve("unknown.example")).isInstanceOf(UnknownHostException.class);
    }

    @Test
    void aGuardWithASilentResolverRefusesAsUnresolved() {
        HostResolver silent = host -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new UnknownHostException(host);
        };
        TargetGuard guard = new TargetGuard(false, HostResolver.bounded(silent, Duration.ofMillis(100), 1));
        assertThatThrownBy(() -> guard.check("https://slow-dns.example/hook"))
                .isInstanceOf(UnresolvedTargetException.class);
    }
}
