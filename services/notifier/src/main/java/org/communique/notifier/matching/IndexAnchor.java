package org.communique.notifier.matching;

import org.communique.contracts.Tags.EventType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Where {@link SubscriptionIndex} files a subscription: under the keys of its most selective field,
 * since a release can only match it if it has one of them. Fields are ranked by how rarely a release
 * carries a given value: a named official or a keyword is rarer than a visit between two given
 * countries, a feeder, an official's role, a country, a language, and last an event type. A filter with no field set has
 * no anchor and is checked against every release.
 */
record IndexAnchor(List<Key> keys) {

    enum Field { OFFICIAL_ID, OFFICIAL_NAME, KEYWORD, VISIT_HOST, VISIT_VISITOR, SOURCE, ROLE, COUNTRY, LANGUAGE, EVENT }

    record Key(Field field, Object value) {
    }

    static final IndexAnchor MATCH_ALL = new IndexAnchor(List.of());

    boolean matchesAll() {
        return keys.isEmpty();
    }

    static IndexAnchor of(CompiledFilter filter) {
        List<Key> keys = new ArrayList<>();
        if (!filter.officials().isEmpty()) {
            add(keys, Field.OFFICIAL_ID, filter.officials());
            add(keys, Field.OFFICIAL_NAME, filter.officialNames());
        } else if (!filter.keywords().isEmpty()) {
            filter.keywords().forEach(k -> add(keys, Field.KEYWORD, k.anchorStems()));
        } else if (filter.visit() != null && !filter.visit().hostCountries().isEmpty()) {
            add(keys, Field.VISIT_HOST, filter.visit().hostCountries());
        } else if (filter.visit() != null && !filter.visit().visitorCountries().isEmpty()) {
            add(keys, Field.VISIT_VISITOR, filter.visit().visitorCountries());
        } else if (!filter.sources().isEmpty()) {
            add(keys, Field.SOURCE, filter.sources());
        } else if (!filter.roles().isEmpty()) {
            add(keys, Field.ROLE, filter.roles());
        } else if (!filter.countries().isEmpty()) {
            add(keys, Field.COUNTRY, filter.countries());
        } else if (!filter.languages().isEmpty()) {
            add(keys, Field.LANGUAGE, filter.languages());
        } else if (!filter.events().isEmpty()) {
            add(keys, Field.EVENT, filter.events());
        } else if (filter.visit() != null) {
            keys.add(new Key(Field.EVENT, EventType.VISIT));     // only statuses: any visit event
        }
        return keys.isEmpty() ? MATCH_ALL : new IndexAnchor(List.copyOf(keys));
    }

    private static void add(List<Key> keys, Field field, Collection<?> values) {
        for (Object value : values) {
            Key key = new Key(field, value);
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
    }
}
