package org.communique.notifier.webhooks;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EndpointSlotsTest {

    @Test
    void eachEndpointHasItsOwnCap() {
        EndpointSlots slots = new EndpointSlots(2);

        assertThat(slots.tryAcquire("a:443")).isTrue();
        assertThat(slots.tryAcquire("a:443")).isTrue();
        assertThat(slots.tryAcquire("a:443")).isFalse();
        assertThat(slots.tryAcquire("b:443")).isTrue();
        assertThat(slots.saturated()).containsExactly("a:443");

        slots.release("a:443");
        assertThat(slots.saturated()).isEmpty();
        assertThat(slots.tryAcquire("a:443")).isTrue();
        assertThatThrownBy(() -> new EndpointSlots(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEndpointIsTheHostAndPortWithTheSchemesDefault() {
        assertThat(EndpointKey.of(URI.create("https://Hooks.Example.org/a?b"))).isEqualTo("hooks.example.org:443");
        assertThat(EndpointKey.of(URI.create("http://hooks.example.org/a"))).isEqualTo("hooks.example.org:80");
        assertThat(EndpointKey.of(URI.create("http://hooks.example.org:8080/a"))).isEqualTo("hooks.example.org:8080");
        assertThat(EndpointKey.of(URI.create("http://[2001:db8::1]:9000/"))).isEqualTo("[2001:db8::1]:9000");
    }
}
