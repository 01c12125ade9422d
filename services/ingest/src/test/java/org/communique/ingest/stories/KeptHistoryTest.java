package org.communique.ingest.stories;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.communique.contracts.EventJson;
import org.communique.contracts.PressRelease;
import org.communique.contracts.Topics;
import org.communique.ingest.Feeders;
import org.communique.ingest.Feeders.Feeder;
import org.communique.testing.InProcessKafka;
import org.communique.testing.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The assigner keeps the source histories of its last batch in memory, and trusts them only while no other
 * instance assigned stories in between: here the stored histories are wiped behind its back, once without and once
 * with another batch counted in the generation. Only the second is read again, so only then is the new release
 * compared with nothing left out (no boilerplate learnt). The texts are random words, shared by no other test.
 */
@QuarkusTest
class KeptHistoryTest {

    private final Random random = new Random(7);
    private final String opening = words(25);
    private final String closing = words(25);
    private TopicProbe probe;

    @BeforeEach
    void setUp() {
        probe = TopicProbe.of(InProcessKafka.bootstrapServers(), Topics.PRESS_RELEASES);
    }

    @AfterEach
    void tearDown() {
        probe.close();
    }

    @Test
    void keptHistoriesAreReadAgainOnlyWhenAnotherBatchCameInBetween() {
        Feeder ministry = Feeders.create("Ministry with formulas", "KG");
        for (int n = 0; n < 3; n++) {
            post(ministry, n);
        }
        // the formulas are boilerplate now; the stored copy goes, the kept one stays in use
        wipeStoredHistory(ministry.source().id(), false);
        PressRelease kept = post(ministry, 3);
        assertThat(storedSignature(kept)).isNotEqualTo(signatureOfWholeText(kept));

        wipeStoredHistory(ministry.source().id(), true);
        PressRelease reread = post(ministry, 4);
        assertThat(storedSignature(reread)).isEqualTo(signatureOfWholeText(reread));
    }

    private PressRelease post(Feeder feeder, int n) {
        String id = feeder.post(Feeders.release("Information No. " + n + " " + words(3),
                opening + ". " + words(30) + ". " + closing + ".")).statusCode(202).extract().path("id");
        return EventJson.decode(await().atMost(Duration.ofSeconds(30))
                .until(() -> probe.recordsWithKey(id), records -> !records.isEmpty()).get(0).value(), PressRelease.class);
    }

    /** What another instance's batch would look like to this one: histories changed, generation counted. */
    private static void wipeStoredHistory(UUID source, boolean countAsAnotherBatch) {
        QuarkusTransaction.requiringNew().run(() -> {
            Panache.getEntityManager().createNativeQuery("DELETE FROM story_source_texts WHERE source_id = ?1")
                    .setParameter(1, source).executeUpdate();
            Panache.getEntityManager().createNativeQuery("DELETE FROM story_boilerplate WHERE source_id = ?1")
                    .setParameter(1, source).executeUpdate();
            if (countAsAnotherBatch) {
                Panache.getEntityManager().createNativeQuery(
                        "UPDATE story_assigner_state SET generation = generation + 1").executeUpdate();
            }
        });
    }

    private static byte[] storedSignature(PressRelease release) {
        return QuarkusTransaction.requiringNew().call(() -> (byte[]) Panache.getEntityManager()
                .createNativeQuery("SELECT minhash FROM releases WHERE id = ?1")
                .setParameter(1, release.id()).getSingleResult());
    }

    private static byte[] signatureOfWholeText(PressRelease release) {
        return MinHash.toBytes(MinHash.signature(Shingles.of(release.title() + "\n" + release.body())));
    }

    private String words(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ");
            for (int c = 4 + random.nextInt(6); c > 0; c--) {
                text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }
}
