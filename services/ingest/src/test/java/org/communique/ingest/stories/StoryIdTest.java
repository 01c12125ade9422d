package org.communique.ingest.stories;

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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.communique.ingest.stories.StoryTexts.*;
import static org.hamcrest.Matchers.equalTo;

/** One story from a ministry and two agencies carries one storyId on press.releases; another story does not. */
@QuarkusTest
class StoryIdTest {

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
    void threeVersionsOfOneStoryShareAStoryIdAndADifferentStoryHasItsOwn() {
        Feeder ministry = Feeders.create("Ministry of Foreign Affairs of Kazakhstan", "KZ");
        Feeder agency = Feeders.create("News agency", "KZ");
        Feeder secondAgency = Feeders.create("Second news agency", "KG");

        String original = post(ministry, MINISTRY_TITLE, MINISTRY_BODY);
        String reprint = post(agency, AGENCY_TITLE, AGENCY_BODY);
        String shortened = post(secondAgency, SECOND_AGENCY_TITLE, SECOND_AGENCY_BODY);
        String other = post(ministry, OTHER_TITLE, OTHER_BODY);

        // the story is named by its first release: this one, unless the other test of this class ran first
        String story = event(original).storyId();
        assertThat(story).isNotNull();
        assertThat(event(reprint).storyId()).isEqualTo(story);
        assertThat(event(shortened).storyId()).isEqualTo(story);
        assertThat(event(other).storyId()).isEqualTo(other).isNotEqualTo(story);
        agency.get(reprint).statusCode(200).body("storyId", equalTo(story));
    }

    @Test
    void aNewVersionKeepsItsStory() {
        Feeder ministry = Feeders.create("Ministry of Foreign Affairs of Kyrgyzstan", "KG");
        Feeder agency = Feeders.create("Agency of record", "KG");
        Map<String, Object> release = Feeders.release(MINISTRY_TITLE, MINISTRY_BODY.replace("14 мая", "15 мая"));
        String original = ministry.post(release).statusCode(202).extract().path("id");
        Map<String, Object> copy = Feeders.release(AGENCY_TITLE, AGENCY_BODY.replace("14 мая", "15 мая"));
        copy.put("externalId", "agency-copy");
        String reprint = agency.post(copy).statusCode(202).extract().path("id");

        copy.put("body", AGENCY_BODY.replace("14 мая", "15 мая") + "\n\nДополнено: министры также посетили выставку.");
        agency.post(copy).statusCode(202).body("version", equalTo(2));

        List<PressRelease> versions = await().atMost(Duration.ofSeconds(20)).until(
                () -> probe.recordsWithKey(reprint).stream().map(r -> EventJson.decode(r.value(), PressRelease.class)).toList(),
                events -> events.size() == 2);
        // the first test's story is within the window too, so this one may have joined it: same story either way
        assertThat(versions).extracting(PressRelease::storyId).containsOnly(event(original).storyId());
    }

    private static String post(Feeder feeder, String title, String body) {
        return feeder.post(Feeders.release(title, body)).statusCode(202).extract().path("id");
    }

    private PressRelease event(String id) {
        return EventJson.decode(await().atMost(Duration.ofSeconds(20))
                .until(() -> probe.recordsWithKey(id), records -> !records.isEmpty()).get(0).value(), PressRelease.class);
    }
}
