package org.communique.enrichment.names;

import org.communique.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NamesLimitTest {

    private static final NamesConfig TWO_PER_MINUTE = new NamesConfig() {
        @Override
        public int requestsPerClientPerMinute() {
            return 2;
        }

        @Override
        public int trackedClients() {
            return 10;
        }
    };

    private final NamesResource resource = new NamesResource(new NameLookup(null) {
        @Override
        List<NameHit> search(String kind, String query, String language, int limit) {
            return List.of(new NameHit(kind, "KG", "Kyrgyzstan", null, null));
        }
    }, TWO_PER_MINUTE);

    @Test
    void aClientPastItsRateGets429WithRetryAfterWhileAnotherClientIsServed() {
        resource.search("kyr", "country", "en", null, "10.0.0.1");
        resource.search("kyr", "country", "en", null, "10.0.0.1");
        ProblemException refused = assertThrows(ProblemException.class,
                () -> resource.search("kyr", "country", "en", null, "10.0.0.1"));
        assertEquals(429, refused.status());
        assertEquals(true, refused.headers().containsKey("Retry-After"));
        assertEquals(1, resource.search("kyr", "country", "en", null, "10.0.0.2").size());
    }

    @Test
    void badInputIsRefusedBeforeItCostsARequest() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> resource.search("", "country", "en", null, "10.0.0.3"));
        assertEquals(400, refused.status());
    }
}
