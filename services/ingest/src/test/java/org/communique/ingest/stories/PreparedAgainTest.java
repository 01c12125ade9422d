package org.communique.ingest.stories;

import org.communique.contracts.EventJson;
import org.communique.contracts.PressRelease;
import org.communique.contracts.SourceRef;
import org.communique.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A queued release is prepared twice in a batch, and the second preparation is skipped when the history has
 * not changed since the first: whatever changes the history in between (another release recorded, sources let
 * go) must make the second one count, so that a release prepared again always has the signature a release
 * prepared once against the same history has.
 */
class PreparedAgainTest {

    private static final UUID MINISTRY = new UUID(0, 1);
    private static final String FORMULA = "the press service of the ministry of foreign affairs informs the public "
            + "and the media of the following and reaffirms its commitment to good neighbourly relations";
    private static final String NEWS = FORMULA + " a consulate opened in novosibirsk to serve "
            + "seasonal workers from osh and jalal-abad provinces who until now travelled to moscow for every passport "
            + "and certificate they needed while working on construction sites in western siberia";

    @Test
    void aReleaseOfTheSameSourceRecordedInBetweenIsSeenByTheSecondPreparation() throws SQLException {
        SourceHistory history = SourceHistory.empty(10);
        record(history, FORMULA + " talks on water releases from the toktogul reservoir "
                + "took place in bishkek on monday and settled the coming irrigation season");
        StoryAssigner.Queued queued = queued(NEWS);
        queued.prepare(null, history);
        long[] before = queued.signature();
        assertThat(before).isNotNull().isEqualTo(preparedOnce(NEWS, history));

        // a second story with the formula: from now on it is boilerplate, left out of the comparison
        record(history, FORMULA + " students from kyrgyzstan won gold at the "
                + "international mathematics olympiad hosted by australia this summer");
        queued.prepare(null, history);

        assertThat(queued.signature()).isNotNull().isNotEqualTo(before).isEqualTo(preparedOnce(NEWS, history));
    }

    @Test
    void sourcesLetGoInBetweenAreSeenByTheSecondPreparation() throws SQLException {
        SourceHistory history = SourceHistory.empty(10);
        record(history, FORMULA + " talks on water releases from the toktogul reservoir "
                + "took place in bishkek on monday and settled the coming irrigation season");
        record(history, FORMULA + " students from kyrgyzstan won gold at the "
                + "international mathematics olympiad hosted by australia this summer");
        StoryAssigner.Queued queued = queued(NEWS);
        queued.prepare(null, history);
        long[] stripped = queued.signature();

        history.retainAtMost(0);
        queued.prepare(null, history);

        assertThat(queued.signature()).isNotNull().isNotEqualTo(stripped).isEqualTo(preparedOnce(NEWS, history));
    }

    @Test
    void aSecondPreparationAgainstAnUnchangedHistoryKeepsTheSameSignature() throws SQLException {
        SourceHistory history = SourceHistory.empty(10);
        record(history, FORMULA + " talks on water releases from the toktogul reservoir "
                + "took place in bishkek on monday and settled the coming irrigation season");
        record(history, FORMULA + " students from kyrgyzstan won gold at the "
                + "international mathematics olympiad hosted by australia this summer");
        StoryAssigner.Queued queued = queued(NEWS);
        queued.prepare(null, history);
        long[] first = queued.signature();

        queued.prepare(null, history);

        assertThat(queued.signature()).isNotNull().isEqualTo(first).isEqualTo(preparedOnce(NEWS, history));
    }

    /** The signature of the same text prepared once, by a release that has never been prepared. */
    private static long[] preparedOnce(String body, SourceHistory history) throws SQLException {
        StoryAssigner.Queued fresh = queued(body);
        fresh.prepare(null, history);
        return fresh.signature();
    }

    private static void record(SourceHistory history, String body) {
        UUID release = UUID.randomUUID();
        history.record(MINISTRY, release, release, Shingles.of("A release\n" + body));
    }

    private static StoryAssigner.Queued queued(String body) {
        return StoryAssigner.Queued.of(1, event(UUID.randomUUID(), body), true);
    }

    private static OutboxEvent event(UUID id, String body) {
        Instant now = Instant.now();
        PressRelease release = new PressRelease(id, 1, new SourceRef(MINISTRY, "ministry", "KG"), null, "en",
                "A release", body, now, now, "hash", null);
        return new OutboxEvent(id, "press.releases", id.toString(), id.toString(), "type", "source", now,
                EventJson.encode(release));
    }
}
