package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags;
import org.communique.contracts.Tags.EventStatus;
import org.communique.contracts.Tags.EventType;

import static org.assertj.core.api.Assertions.assertThat;

/** The first visit of a tagging, and what the visit tests check of it. */
final class VisitChecks {

    private VisitChecks() {
    }

    static Tags.EventTag visit(Tags tags) {
        return tags.events().stream().filter(e -> e.type() == EventType.VISIT).findFirst().orElse(null);
    }

    static void assertVisit(Tags tags, String visitor, String host, EventStatus status) {
        Tags.EventTag v = visit(tags);
        assertThat(v).as("a visit in %s", tags).isNotNull();
        assertThat(v.visitorCountry()).isEqualTo(visitor);
        assertThat(v.hostCountry()).isEqualTo(host);
        assertThat(v.status()).isEqualTo(status);
    }
}
