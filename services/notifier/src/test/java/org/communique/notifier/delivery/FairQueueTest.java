package org.communique.notifier.delivery;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FairQueueTest {

    @Test
    void aSlowEndpointWithAHugeBacklogDoesNotDelayAFastOne() {
        FairQueue<String> queue = new FairQueue<>(2, 100, 1_000, 10_000);
        for (int i = 0; i < 1_000; i++) {
            queue.offer("slow", "slow-" + i);
        }
        // the slow endpoint's two slots are taken and its sends never come back in this test
        assertThat(queue.take().endpoint()).isEqualTo("slow");
        assertThat(queue.take().endpoint()).isEqualTo("slow");
        for (int i = 0; i < 50; i++) {
            queue.offer("fast", "fast-" + i);
        }

        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            FairQueue.Taken<String> taken = queue.take();
            sent.add(taken.item());
            queue.done(taken.endpoint());
        }

        assertThat(sent).hasSize(50).allMatch(item -> item.startsWith("fast-"));
        assertThat(queue.take()).as("the slow endpoint is at its cap").isNull();
        assertThat(queue.inFlight("slow")).isEqualTo(2);
    }

    @Test
    void endpointsAreServedRoundRobin() {
        FairQueue<String> queue = new FairQueue<>(10, 100, 100, 1_000);
        for (int i = 0; i < 3; i++) {
            queue.offer("a", "a" + i);
        }
        queue.offer("b", "b0");
        queue.offer("c", "c0");

        List<String> order = new ArrayList<>();
        FairQueue.Taken<String> taken;
        while ((taken = queue.take()) != null) {
            order.add(taken.item());
        }

        assertThat(order).containsExactly("a0", "b0", "c0", "a1", "a2");
    }

    @Test
    void eachTakenItemSaysHowManyItsLaneStillHoldsWaiting() {
        FairQueue<String> queue = new FairQueue<>(10, 100, 100, 1_000);
        for (int i = 0; i < 3; i++) {
            queue.offer("a", "a" + i);
        }
        queue.offer("b", "b0");

        List<String> seen = new ArrayList<>();
        FairQueue.Taken<String> taken;
        while ((taken = queue.take()) != null) {
            seen.add(taken.item() + ":" + taken.waiting());
        }

        assertThat(seen).containsExactly("a0:2", "b0:0", "a1:1", "a2:0");
    }

    @Test
    void perEndpointAndOverallCapsHold() {
        FairQueue<Integer> queue = new FairQueue<>(3, 5, 100, 1_000);
        for (int i = 0; i < 10; i++) {
            queue.offer("one", i);
            queue.offer("two", i);
        }
        int taken = 0;
        while (queue.take() != null) {
            taken++;
        }
        assertThat(taken).isEqualTo(5);
        assertThat(queue.inFlight("one")).isLessThanOrEqualTo(3);
        assertThat(queue.inFlight("two")).isLessThanOrEqualTo(3);

        queue.done("one");
        assertThat(queue.take()).isNotNull();
        assertThat(queue.take()).isNull();
    }

    @Test
    void memoryIsBoundedPerEndpointAndOverall() {
        FairQueue<Integer> queue = new FairQueue<>(1, 10, 3, 5);
        assertThat(queue.offer("a", 1)).isTrue();
        assertThat(queue.offer("a", 2)).isTrue();
        assertThat(queue.offer("a", 3)).isTrue();
        assertThat(queue.offer("a", 4)).as("lane full").isFalse();
        assertThat(queue.fullEndpoints()).containsExactly("a");
        assertThat(queue.offer("b", 1)).isTrue();
        assertThat(queue.offer("c", 1)).isTrue();
        assertThat(queue.offer("d", 1)).as("queue full").isFalse();
        assertThat(queue.room()).isZero();
        assertThat(queue.queued()).isEqualTo(5);
    }

    @Test
    void doneWithoutATakeIsABug() {
        FairQueue<Integer> queue = new FairQueue<>(1, 1, 1, 1);
        assertThatThrownBy(() -> queue.done("nowhere")).isInstanceOf(IllegalStateException.class);
    }
}
