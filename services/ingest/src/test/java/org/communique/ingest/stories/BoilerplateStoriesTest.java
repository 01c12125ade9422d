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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A ministry whose releases are mostly its own formulas (an opening, a closing pledge, the press office's
 * contacts) around a few lines of news: twenty releases about twenty events are twenty stories, and an
 * agency's lightly edited reprint of one of them joins that one's story. Texts written for this test.
 */
@QuarkusTest
class BoilerplateStoriesTest {

    private static final String OPENING = "The Ministry of Foreign Affairs of the Kyrgyz Republic informs the public "
            + "and the media of the following. ";
    private static final String CLOSING = " The Ministry of Foreign Affairs of the Kyrgyz Republic reaffirms its "
            + "commitment to an open, balanced and multi-vector foreign policy and to the development of good "
            + "neighbourly relations with all partner states.";
    private static final String CONTACTS = "\n\nPress service of the Ministry of Foreign Affairs of the Kyrgyz "
            + "Republic. Telephone: +996 312 62 05 45. Electronic mail: press at mfa dot gov dot kg. Address: "
            + "57 Erkindik Boulevard, Bishkek, 720040.";

    /** Twenty events: who, where, and what was agreed or done. */
    private static final String[] EVENTS = {
        "Deputy minister Aibek Osmonov received the ambassador of Japan to discuss grants for mountain schools in Naryn.",
        "A consular office opened in Novosibirsk to serve seasonal workers from Osh and Jalal-Abad provinces.",
        "Foreign minister met the Turkish counterpart in Ankara and signed a memorandum on aviation safety training.",
        "Kyrgyz diplomats evacuated forty two students from Khartoum through Port Sudan aboard a chartered flight.",
        "The embassy in Seoul hosted a job fair where Korean shipbuilders hired welders from Talas.",
        "Bishkek welcomed a delegation of the European Investment Bank to review the Issyk-Kul wastewater project.",
        "An agreement on visa-free travel with Malaysia for thirty days entered into force on Monday.",
        "The minister laid flowers at the Ata-Beyit memorial with visiting Kazakh senators in honour of Chingiz Aitmatov.",
        "Border commissioners with Tajikistan finished describing another twelve kilometres near Batken.",
        "A new honorary consul was appointed in Barcelona, a Catalan entrepreneur trading dried apricots.",
        "Kyrgyz peacekeepers returned from the United Nations mission in South Sudan after a year of service.",
        "The ministry protested the detention of a Kyrgyz truck driver at the Chinese Torugart checkpoint.",
        "A cultural week in Baku presented felt carpets, komuz music and a film festival of young directors.",
        "The ambassador to India handed credentials to President Murmu at Rashtrapati Bhavan in New Delhi.",
        "Talks with Uzbekistan settled water releases from the Toktogul reservoir for the coming irrigation season.",
        "Diplomatic passports of former officials will be collected and cancelled under a new government decree.",
        "The Kyrgyz pavilion at the Osaka expo drew ninety thousand visitors with yurts and falconry shows.",
        "A Swiss fund will finance vaccine refrigerators for rural clinics in Chui and Ysyk-Kol regions.",
        "Students from Kyrgyzstan won gold at the international mathematics olympiad hosted by Australia.",
        "The ministry condemned the cyber attack on its website and thanked Estonian experts for their help.",
    };

    /** A second sentence of each event, with its particulars. */
    private static final String[] DETAILS = {
        "Tokyo pledged two million dollars; the first three schools should open before the autumn frost.",
        "Consul Nurlan Abdrakhmanov will receive visitors on weekdays and renew lost passports within five days.",
        "Instructors from Istanbul will train twenty dispatchers at Manas airport starting next spring.",
        "Their parents met the arriving plane at dawn; the rescue was coordinated with Egyptian authorities.",
        "More than three hundred applicants sat the welding test, and ninety received contracts for two years.",
        "Engineers inspected pumping stations in Cholpon-Ata and Karakol, where beaches suffered algae blooms.",
        "Tourists must show a return ticket and hotel booking; business travellers still need a visa.",
        "The guests then visited the Aitmatov museum and planted a walnut tree brought from Arslanbob.",
        "Surveyors used satellite maps and drones, and both sides agreed to meet again in Khujand.",
        "He will promote exports of fruit, help stranded citizens and organise a Manas epic evening.",
        "The battalion of seventy soldiers guarded a camp for displaced families near the town of Malakal.",
        "Officials in Kashgar said the driver carried undeclared cargo; our consul has visited him twice.",
        "Tickets sold out within a day, and the Baku philharmonic asked the ensemble for a second concert.",
        "Afterwards the ambassador discussed pharmaceutical imports and an Indian medical college in Bishkek.",
        "Kyrgyz engineers will release eight hundred million cubic metres between April and September.",
        "About four hundred documents are affected, and holders were given thirty days to return them.",
        "Organisers praised the eagle hunters, whose performance became the most photographed event there.",
        "Two hundred solar-powered units will be installed by winter, with training for local nurses.",
        "The team of six pupils from Bishkek and Karakol also brought home two silver medals.",
        "Hackers replaced the front page with slogans for six hours before technicians restored it.",
    };

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
    void releasesSharingOnlyAMinistrysFormulasAreDifferentStoriesAndAReprintJoinsItsOriginal() {
        Feeder ministry = Feeders.create("Kyrgyz foreign ministry press office", "KG");
        Feeder agency = Feeders.create("Reprinting news agency", "KG");
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < EVENTS.length; n++) {
            ids.add(ministry.post(Feeders.release("Information of the Ministry of Foreign Affairs No. " + (n + 1),
                    OPENING + EVENTS[n] + " " + DETAILS[n] + CLOSING + CONTACTS)).statusCode(202).extract().path("id"));
        }
        // the agency keeps the ministry's formulas, adds a dateline and drops the contacts
        String reprint = agency.post(Feeders.release("Kyrgyz foreign ministry: information No. 15",
                        "BISHKEK, 3 March (our agency). " + OPENING + EVENTS[14].replace("coming", "next") + " "
                                + DETAILS[14] + CLOSING))
                .statusCode(202).extract().path("id");

        List<String> stories = ids.stream().map(id -> event(id).storyId()).toList();
        assertThat(stories).doesNotHaveDuplicates();
        assertThat(stories).containsExactlyElementsOf(ids);
        assertThat(event(reprint).storyId()).isEqualTo(ids.get(14));
    }

    private PressRelease event(String id) {
        return EventJson.decode(await().atMost(Duration.ofSeconds(30))
                .until(() -> probe.recordsWithKey(id), records -> !records.isEmpty()).get(0).value(), PressRelease.class);
    }
}
