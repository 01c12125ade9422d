package org.communique.ingest.outbox;

import org.communique.outbox.OutboxEvent;
import org.communique.outbox.OutboxSender;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the real sender (through QuarkusMock) to play a broker that refuses records, or one
 * that takes its time to acknowledge them; otherwise it passes records to the real sender.
 */
class ControllableSender extends OutboxSender {

    private final OutboxSender real;
    private final List<Runnable> held = new CopyOnWriteArrayList<>();
    private volatile Throwable failure;
    private volatile boolean holding;
    private volatile boolean losing;

    ControllableSender(OutboxSender real) {
        // everything it sends goes through the real sender
        super(null, null, null);
        this.real = real;
    }

    void failWith(Throwable failure) {
        this.failure = failure;
    }

    void holdAcknowledgements() {
        holding = true;
    }

    /** Kafka writes the records, but their acknowledgements never reach the relay. */
    void loseAcknowledgements() {
        losing = true;
    }

    int heldCount() {
        return held.size();
    }

    /** Back to normal: held records go to Kafka now, and so do new ones. */
    void deliver() {
        failure = null;
        holding = false;
        losing = false;
        held.forEach(Runnable::run);
        held.clear();
    }

    @Override
    public CompletionStage<Void> send(OutboxEvent event) {
        if (failure != null) {
            return CompletableFuture.failedFuture(failure);
        }
        if (losing) {
            return real.send(event).thenCompose(written -> CompletableFuture.failedFuture(
                    new java.util.concurrent.TimeoutException("acknowledgement lost (test)")));
        }
        if (holding) {
            CompletableFuture<Void> ack = new CompletableFuture<>();
            held.add(() -> real.send(event).whenComplete((ok, error) -> {
                if (error != null) {
                    ack.completeExceptionally(error);
                } else {
                    ack.complete(null);
                }
            }));
            return ack;
        }
        return real.send(event);
    }
}
