package org.communique.ingest.releases;

import org.communique.contracts.SourceRef;
import org.communique.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubmissionQueuesTest {

    private static final SourceRef SOURCE = new SourceRef(UUID.randomUUID(), "Queue test source", "KZ");

    @Test
    void aFullQueueRefusesAtOnceWithA503AndRetryAfter() {
        SubmissionQueues queues = new SubmissionQueues(1, 2);
        queues.offer(pending("one"));
        queues.offer(pending("two"));

        assertThatThrownBy(() -> queues.offer(pending("three")))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(503);
                    assertThat(problem.slug()).isEqualTo("ingest-busy");
                    assertThat(problem.headers()).containsEntry("Retry-After", "1");
                });
    }

    @Test
    void aWriterTakesWhatQueuedUpToTheBatchSizeInArrivalOrder() throws InterruptedException {
        SubmissionQueues queues = new SubmissionQueues(1, 10);
        for (int n = 0; n < 5; n++) {
            queues.offer(pending("item-" + n));
        }

        List<PendingSubmission> batch = queues.take(0, 3, 1, TimeUnit.SECONDS);

        assertThat(batch).extracting(p -> p.draft.externalId()).containsExactly("item-0", "item-1", "item-2");
        assertThat(queues.take(0, 3, 1, TimeUnit.SECONDS)).hasSize(2);
        assertThat(queues.take(0, 3, 10, TimeUnit.MILLISECONDS)).isEmpty();
    }

    @Test
    void everySubmissionOfOneReleaseGoesToTheSameWriter() {
        SubmissionQueues queues = new SubmissionQueues(4, 400);
        PendingSubmission first = pending("same-item");
        PendingSubmission again = pending("same-item");

        assertThat(queues.writerOf(first.releaseId)).isEqualTo(queues.writerOf(again.releaseId));
    }

    private static PendingSubmission pending(String externalId) {
        ReleaseSubmission submission = new ReleaseSubmission(externalId, null, "Title " + externalId, "Body.", "en",
                null);
        return new PendingSubmission(SOURCE, submission, SubmissionValidator.validate(submission), null, null);
    }
}
