package org.communique.notifier.delivery;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a delivery engine holds in memory between claiming work and sending it: one lane (FIFO) per
 * endpoint, served round-robin, each with at most {@code perEndpoint} items in flight, and at most
 * {@code maxInFlight} in flight overall. An endpoint whose items take long only ties up its own slots: the
 * others keep being served in turn, so a slow or huge subscriber cannot delay anyone else. Memory is
 * bounded: a lane holds at most {@code maxQueuedPerEndpoint} waiting items and the queue at most
 * {@code maxQueued}; {@link #offer} refuses beyond that (the caller leaves the work in the database).
 * Thread-safe; every operation is O(1) but {@link #fullEndpoints()}.
 */
public final class FairQueue<T> {

    private final int perEndpoint;
    private final int maxInFlight;
    private final int maxQueuedPerEndpoint;
    private final int maxQueued;
    private final Map<String, Lane<T>> lanes = new HashMap<>();
    /** Lanes with waiting items and a free slot, in the order they are served. */
    private final ArrayDeque<Lane<T>> ready = new ArrayDeque<>();
    private int inFlight;
    private int queued;

    public FairQueue(int perEndpoint, int maxInFlight, int maxQueuedPerEndpoint, int maxQueued) {
        if (perEndpoint < 1 || maxInFlight < 1 || maxQueuedPerEndpoint < 1 || maxQueued < 1) {
            throw new IllegalArgumentException("every limit of a fair queue must be at least 1");
        }
        this.perEndpoint = perEndpoint;
        this.maxInFlight = maxInFlight;
        this.maxQueuedPerEndpoint = maxQueuedPerEndpoint;
        this.maxQueued = maxQueued;
    }

    /**
     * An item taken to be sent, with its endpoint, to hand back through {@link #done(String)}, and how many items
     * its lane still holds waiting.
     */
    public record Taken<T>(String endpoint, T item, int waiting) {
    }

    /** Queues an item behind its endpoint's others; false (nothing queued) when its lane or the queue is full. */
    public synchronized boolean offer(String endpoint, T item) {
        Lane<T> lane = lanes.computeIfAbsent(endpoint, Lane::new);
        if (lane.waiting.size() >= maxQueuedPerEndpoint || queued >= maxQueued) {
            dropIfIdle(lane);
            return false;
        }
        lane.waiting.addLast(item);
        queued++;
        markReadyIfServable(lane);
        return true;
    }

    /** The next item to send, round-robin over the endpoints with a free slot; null when none may go now. */
    public synchronized Taken<T> take() {
        if (inFlight >= maxInFlight) {
            return null;
        }
        Lane<T> lane = ready.pollFirst();
        if (lane == null) {
            return null;
        }
        lane.ready = false;
        T item = lane.waiting.pollFirst();
        queued--;
        lane.inFlight++;
        inFlight++;
        markReadyIfServable(lane);
        return new Taken<>(lane.endpoint, item, lane.waiting.size());
    }

    /** An item of this endpoint is no longer in flight. */
    public synchronized void done(String endpoint) {
        Lane<T> lane = lanes.get(endpoint);
        if (lane == null || lane.inFlight == 0) {
            throw new IllegalStateException("nothing in flight for " + endpoint);
        }
        lane.inFlight--;
        inFlight--;
        markReadyIfServable(lane);
        dropIfIdle(lane);
    }

    /** Endpoints whose lane is full: work for them is better left in the database for now. */
    public synchronized Set<String> fullEndpoints() {
        return endpointsWaitingAtLeast(maxQueuedPerEndpoint);
    }

    /** Endpoints with at least {@code waiting} items waiting in their lane. */
    public synchronized Set<String> endpointsWaitingAtLeast(int waiting) {
        Set<String> found = new HashSet<>();
        lanes.values().forEach(lane -> {
            if (lane.waiting.size() >= waiting) {
                found.add(lane.endpoint);
            }
        });
        return found;
    }

    /** How many more items the queue takes (ignoring the per-endpoint limit). */
    public synchronized int room() {
        return maxQueued - queued;
    }

    public synchronized int inFlight() {
        return inFlight;
    }

    public synchronized int inFlight(String endpoint) {
        Lane<T> lane = lanes.get(endpoint);
        return lane == null ? 0 : lane.inFlight;
    }

    public synchronized int queued() {
        return queued;
    }

    private void markReadyIfServable(Lane<T> lane) {
        if (!lane.ready && !lane.waiting.isEmpty() && lane.inFlight < perEndpoint) {
            lane.ready = true;
            ready.addLast(lane);
        }
    }

    private void dropIfIdle(Lane<T> lane) {
        if (lane.waiting.isEmpty() && lane.inFlight == 0) {
            lanes.remove(lane.endpoint);
        }
    }

    private static final class Lane<T> {

        final String endpoint;
        final ArrayDeque<T> waiting = new ArrayDeque<>();
        int inFlight;
        boolean ready;

        Lane(String endpoint) {
            this.endpoint = endpoint;
        }
    }
}
