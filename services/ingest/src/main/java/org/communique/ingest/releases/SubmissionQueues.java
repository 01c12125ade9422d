package org.communique.ingest.releases;

import org.communique.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One bounded queue per writer thread. A release id always lands in the same queue, so the versions of one
 * release are stored in the order they arrived, and two writers never contend for one release's row. A
 * full queue refuses at once with a 503 problem and {@code Retry-After}: a request never waits for room.
 */
final class SubmissionQueues {

    static final int RETRY_AFTER_SECONDS = 1;

    private final List<BlockingQueue<PendingSubmission>> queues;

    SubmissionQueues(int writers, int totalCapacity) {
        int each = Math.max(1, totalCapacity / Math.max(1, writers));
        queues = new ArrayList<>();
        for (int i = 0; i < Math.max(1, writers); i++) {
            queues.add(new ArrayBlockingQueue<>(each));
        }
    }

    int writers() {
        return queues.size();
    }

    /** Queues the submission for its writer, or throws the 503 problem if that writer's queue is full. */
    void offer(PendingSubmission pending) {
        if (!queues.get(writerOf(pending.releaseId)).offer(pending)) {
            throw busy();
        }
    }

    /**
     * Waits up to {@code wait} for the first submission of the writer's queue, then takes whatever else is
     * queued, up to {@code max} in all. Empty if nothing arrived.
     */
    List<PendingSubmission> take(int writer, int max, long wait, TimeUnit unit) throws InterruptedException {
        BlockingQueue<PendingSubmission> queue = queues.get(writer);
        PendingSubmission first = queue.poll(wait, unit);
        if (first == null) {
            return List.of();
        }
        List<PendingSubmission> batch = new ArrayList<>(Math.min(max, queue.size() + 1));
        batch.add(first);
        queue.drainTo(batch, max - 1);
        return batch;
    }

    boolean isEmpty(int writer) {
        return queues.get(writer).isEmpty();
    }

    int writerOf(UUID releaseId) {
        return Math.floorMod(releaseId.hashCode(), queues.size());
    }

    static ProblemException busy() {
        return new ProblemException(503, "ingest-busy", "Ingest busy",
                "too many releases are waiting to be stored; retry in " + RETRY_AFTER_SECONDS + " s", null,
                Map.of("Retry-After", Integer.toString(RETRY_AFTER_SECONDS)));
    }
}
