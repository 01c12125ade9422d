package org.communique.ingest.stories;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.communique.contracts.Topics;
import org.communique.ingest.Feeders;
import org.communique.ingest.Feeders.Feeder;
import org.communique.testing.InProcessKafka;
import org.communique.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The assigner writes only the changes of a source's boilerplate (shingles that became boilerplate or stopped
 * being it), not the whole set: what story_boilerplate holds must still be exactly the boilerplate of the
 * releases kept in story_source_texts, computed afresh. One source posts more releases than it keeps; the
 * formula of its first releases stops, leaves the kept releases, and must leave story_boilerplate too.
 */
@QuarkusTest
class StoredBoilerplateTest {

    private final Random random = new Random(11);

    @Test
    void storedBoilerplateIsTheBoilerplateOfTheKeptReleases() {
        Feeder ministry = Feeders.create("Ministry whose formula changes", "KG");
        String opening = words(25);
        String oldClosing = words(25);
        String newClosing = words(25);
        UUID source = ministry.source().id();
        String last = null;
        try (TopicProbe probe = TopicProbe.of(InProcessKafka.bootstrapServers(), Topics.PRESS_RELEASES)) {
            for (int n = 0; n < 60; n++) {
                String closing = n < 5 ? oldClosing : newClosing;
                last = ministry.post(Feeders.release("Information No. " + n + " " + words(3),
                        opening + ". " + words(30) + ". " + closing + ".")).statusCode(202).extract().path("id");
                if (n == 6) {
                    // the old formula is boilerplate now (in five stories)
                    String sixth = last;
                    await().atMost(Duration.ofSeconds(30)).until(() -> !probe.recordsWithKey(sixth).isEmpty());
                    assertThat(stored(source)).containsAll(shinglesOf(oldClosing)).containsAll(shinglesOf(opening));
                }
            }
            String lastId = last;
            await().atMost(Duration.ofSeconds(60)).until(() -> !probe.recordsWithKey(lastId).isEmpty());
        }
        Set<Long> stored = stored(source);
        assertThat(stored).containsAll(shinglesOf(opening)).containsAll(shinglesOf(newClosing))
                .doesNotContainAnyElementsOf(shinglesOf(oldClosing));
        assertThat(stored).isEqualTo(recomputed(source));
    }

    private static Set<Long> shinglesOf(String formula) {
        Set<Long> shingles = new HashSet<>();
        for (long shingle : Shingles.of(formula)) {
            shingles.add(shingle);
        }
        return shingles;
    }

    private static Set<Long> stored(UUID source) {
        return query("SELECT shingle FROM story_boilerplate WHERE source_id = ?1", source);
    }

    /** A shingle in releases of two stories or more among the source's kept releases. */
    private static Set<Long> recomputed(UUID source) {
        return query("""
                SELECT s.shingle FROM story_source_texts t CROSS JOIN LATERAL unnest(t.shingles) AS s (shingle)
                WHERE t.source_id = ?1 GROUP BY s.shingle HAVING count(DISTINCT t.story_id) >= 2""", source);
    }

    @SuppressWarnings("unchecked")
    private static Set<Long> query(String sql, UUID source) {
        return QuarkusTransaction.requiringNew().call(() -> new HashSet<>(((List<Number>) Panache.getEntityManager()
                .createNativeQuery(sql).setParameter(1, source).getResultList()).stream().map(Number::longValue).toList()));
    }

    private String words(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            for (int c = 0, length = 4 + random.nextInt(6); c < length; c++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }
}
