package org.communique.enrichment.kb;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.communique.enrichment.tagger.kb.KbDataFiles;
import org.communique.enrichment.tagger.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class KnowledgeBaseTest {

    private static final KnowledgeBase FILES = KbDataFiles.fromClasspath();

    @Inject
    KnowledgeBaseStore store;

    @Inject
    CurrentTagger tagger;

    // the admin API's tests add people and organisations of their own: the files' records are all there, and more

    @Test
    void theDataFilesWereImportedIntoTheDatabase() {
        assertThat(QuarkusTransaction.requiringNew().call(() -> CountryRow.count())).isEqualTo(FILES.countries().size());
        assertThat(QuarkusTransaction.requiringNew().call(() -> PersonRow.count())).isGreaterThanOrEqualTo(FILES.people().size());
        assertThat(QuarkusTransaction.requiringNew().call(() -> OrganizationRow.count()))
                .isGreaterThanOrEqualTo(FILES.organizations().size());
        assertThat(store.version()).isGreaterThanOrEqualTo(FILES.version());
    }

    @Test
    void theDatabaseReadsBackWhatWasImported() {
        KnowledgeBase loaded = store.load();
        assertThat(loaded.countries()).containsExactlyInAnyOrderElementsOf(FILES.countries());
        assertThat(loaded.people()).containsAll(FILES.people());
        assertThat(loaded.organizations()).containsAll(FILES.organizations());
        assertThat(loaded.blockedPhrases()).containsExactlyInAnyOrderElementsOf(FILES.blockedPhrases());
    }

    @Test
    void summaryReportsTheCurrentVersionAndCounts() {
        get("/api/v1/kb").then().statusCode(200)
                .body("kbVersion", equalTo((int) tagger.get().kbVersion()))
                .body("countries", equalTo(FILES.countries().size()))
                .body("people", equalTo(tagger.get().knowledgeBase().people().size()));
    }

    @Test
    void filesNotNewerThanTheLastImportChangeNothing() {
        long before = store.version();
        assertThat(store.importIfNewer(FILES)).isEqualTo(before);
        assertThat(store.version()).isEqualTo(before);
    }

    @Test
    void newerFilesAreImportedAndTheTaggerIsSwappedForOneBuiltFromThem() {
        long before = store.version();
        KnowledgeBase newer = new KnowledgeBase(before + 10, FILES.countries(), FILES.people(), FILES.organizations(),
                FILES.blockedPhrases());
        long after = store.importIfNewer(newer);
        assertThat(after).isEqualTo(before + 10);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                get("/api/v1/kb").then().body("kbVersion", equalTo((int) after)));
        assertThat(tagger.get().kbVersion()).isEqualTo(after);
    }
}
