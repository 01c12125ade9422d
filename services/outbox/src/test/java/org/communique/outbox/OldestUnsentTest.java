package org.communique.outbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the poll tick claims and counts from: never above a row this instance knows may be unsent. */
class OldestUnsentTest {

    private final OldestUnsent oldest = new OldestUnsent();

    @Test
    void startsAtTheFirstRow() {
        assertThat(oldest.get()).isZero();
        assertThat(oldest.beginCount()).isZero();
    }

    @Test
    void nextCountStartsAtTheOldestUnsentRowTheLastOneSaw() {
        oldest.beginCount();
        oldest.counted(1_000);

        assertThat(oldest.get()).isEqualTo(1_000);
        assertThat(oldest.beginCount()).isEqualTo(1_000);
    }

    @Test
    void rowsCommittedBelowItBringItDown() {
        oldest.beginCount();
        oldest.counted(1_000);

        oldest.appended(990);

        assertThat(oldest.get()).isEqualTo(990);
    }

    @Test
    void rowsCommittedWhileACountRunsAreNotSkippedByIt() {
        oldest.beginCount();
        // committed after the count's snapshot, below the oldest row the count then saw
        oldest.appended(1_050);
        oldest.counted(1_100);

        assertThat(oldest.get()).isEqualTo(1_050);
    }

    @Test
    void anAppendBeforeTheCountBeganDoesNotHoldItDownAfterIt() {
        oldest.appended(500);
        oldest.beginCount();
        oldest.counted(1_100);

        assertThat(oldest.get()).isEqualTo(1_100);
    }

    @Test
    void aResetWhileACountRunsIsNotUndoneByIt() {
        oldest.beginCount();
        // the poll tick's rescan, from the scheduler's thread, while a drain is counting
        oldest.reset();
        oldest.counted(1_100);

        assertThat(oldest.get()).isZero();
    }

    @Test
    void resetGoesBackToTheFirstRow() {
        oldest.beginCount();
        oldest.counted(1_000);

        oldest.reset();

        assertThat(oldest.get()).isZero();
    }
}
