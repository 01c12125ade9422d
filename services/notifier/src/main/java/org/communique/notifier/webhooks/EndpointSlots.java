package org.communique.notifier.webhooks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deliveries in flight per endpoint on this instance, capped so that one slow endpoint holds at most
 * {@code cap} delivery workers and the others keep flowing.
 */
final class EndpointSlots {

    private final int cap;
    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();

    EndpointSlots(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("the per-endpoint cap must be at least 1");
        }
        this.cap = cap;
    }

    int cap() {
        return cap;
    }

    boolean tryAcquire(String endpoint) {
        boolean[] acquired = {false};
        inFlight.compute(endpoint, (key, count) -> {
            int current = count == null ? 0 : count;
            if (current >= cap) {
                return current;
            }
            acquired[0] = true;
            return current + 1;
        });
        return acquired[0];
    }

    void release(String endpoint) {
        inFlight.computeIfPresent(endpoint, (key, count) -> count <= 1 ? null : count - 1);
    }

    /** Endpoints with no free slot, for claims to skip. */
    List<String> saturated() {
        return inFlight.entrySet().stream().filter(e -> e.getValue() >= cap).map(Map.Entry::getKey).toList();
    }
}
