package org.communique.outbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where claims start: never above a row that may still be unsent and was not seen by a claim. */
class ClaimFloorTest {

    private final ClaimFloor floor = new ClaimFloor();

    @Test
    void startsAtTheOldestRow() {
        assertThat(floor.beginClaim()).isZero();
    }

    @Test
    void nextClaimStartsAtTheSmallestIdTheLastOneTook() {
        floor.beginClaim();
        floor.claimed(1_000);

        assertThat(floor.beginClaim()).isEqualTo(1_000);
    }

    @Test
    void rowsCommittedBelowTheFloorBringItDown() {
        floor.beginClaim();
        floor.claimed(1_000);

        floor.appended(990);

        assertThat(floor.beginClaim()).isEqualTo(990);
    }

    @Test
    void rowsCommittedAboveTheFloorLeaveIt() {
        floor.beginClaim();
        floor.claimed(1_000);

        floor.appended(1_200);

        assertThat(floor.beginClaim()).isEqualTo(1_000);
    }

    @Test
    void rowsCommittedWhileAClaimRunsAreNotSkippedByIt() {
        floor.beginClaim();
        floor.claimed(1_000);
        floor.beginClaim();
        // committed after the claim's snapshot, below the rows the claim then takes
        floor.appended(1_050);
        floor.claimed(1_100);

        assertThat(floor.beginClaim()).isEqualTo(1_050);
    }

    @Test
    void anAppendBeforeTheClaimBeganDoesNotHoldTheFloorDownAfterIt() {
        floor.appended(500);
        floor.beginClaim();
        floor.claimed(1_100);

        assertThat(floor.beginClaim()).isEqualTo(1_100);
    }

    @Test
    void theTickBringsTheFloorDownToTheOldestUnsentRowButNeverUp() {
        floor.beginClaim();
        floor.claimed(1_000);

        floor.lowerTo(1_200);
        assertThat(floor.beginClaim()).isEqualTo(1_000);

        floor.lowerTo(800);
        assertThat(floor.beginClaim()).isEqualTo(800);
    }

    @Test
    void resetGoesBackToTheOldestRow() {
        floor.beginClaim();
        floor.claimed(1_000);

        floor.reset();

        assertThat(floor.beginClaim()).isZero();
    }
}
