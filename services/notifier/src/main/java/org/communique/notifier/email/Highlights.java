package org.communique.notifier.email;

import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.Mention;
import org.communique.contracts.Tags;
import org.communique.notifier.matching.KeywordPhrase;
import org.communique.notifier.matching.Names;
import org.communique.notifier.matching.SubscriptionFilter;
import org.communique.notifier.matching.morphology.Stems;
import org.communique.notifier.matching.morphology.Tokenizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The parts of a release's title and body that made it match a filter: the tagger's mentions of the
 * countries, officials and events the filter names, and the words of its keywords in any inflection.
 * Spans are merged, so they never overlap.
 */
final class Highlights {

    record Span(int start, int end) {
    }

    private final List<Span> title;
    private final List<Span> body;

    private Highlights(List<Span> title, List<Span> body) {
        this.title = title;
        this.body = body;
    }

    List<Span> title() {
        return title;
    }

    List<Span> body() {
        return body;
    }

    static Highlights of(EnrichedRelease enriched, SubscriptionFilter filter) {
        List<Mention> mentions = new ArrayList<>();
        Tags tags = enriched.tags();
        Set<String> countries = new HashSet<>(filter.countries());
        if (filter.visit() != null) {
            countries.addAll(filter.visit().hostCountries());
            countries.addAll(filter.visit().visitorCountries());
        }
        tags.countries().stream().filter(c -> countries.contains(c.code())).forEach(c -> mentions.addAll(list(c.mentions())));
        Set<String> officials = new HashSet<>();
        filter.officials().forEach(o -> officials.add(Names.normalize(o)));
        for (Tags.OfficialTag official : tags.officials()) {
            if (named(official, filter, officials)) {
                mentions.addAll(list(official.mentions()));
            }
        }
        if (!filter.events().isEmpty() || filter.visit() != null) {
            tags.events().stream().filter(e -> e.evidence() != null && (filter.events().contains(e.type())
                    || (filter.visit() != null && e.type() == Tags.EventType.VISIT))).forEach(e -> mentions.add(e.evidence()));
        }
        List<Span> title = new ArrayList<>();
        List<Span> body = new ArrayList<>();
        String titleText = enriched.release().title();
        String bodyText = enriched.release().body();
        for (Mention mention : mentions) {
            boolean inTitle = Mention.TITLE.equals(mention.field());
            String text = inTitle ? titleText : bodyText;
            if (mention.start() >= 0 && mention.end() <= text.length() && mention.start() < mention.end()) {
                (inTitle ? title : body).add(new Span(mention.start(), mention.end()));
            }
        }
        Set<String> keywordStems = new HashSet<>();
        filter.keywords().forEach(k -> KeywordPhrase.of(k).stems().forEach(keywordStems::addAll));
        String language = tags.language() != null ? tags.language() : enriched.release().language();
        addKeywordWords(titleText, language, keywordStems, title);
        addKeywordWords(bodyText, language, keywordStems, body);
        return new Highlights(merged(title), merged(body));
    }

    private static boolean named(Tags.OfficialTag official, SubscriptionFilter filter, Set<String> normalized) {
        if (filter.officials().contains(official.id())) {
            return true;
        }
        if (official.name() != null && normalized.contains(Names.normalize(official.name()))) {
            return true;
        }
        return official.names() != null && official.names().values().stream()
                .anyMatch(n -> n != null && normalized.contains(Names.normalize(n)));
    }

    private static void addKeywordWords(String text, String language, Set<String> stems, List<Span> spans) {
        if (stems.isEmpty()) {
            return;
        }
        for (Tokenizer.Span word : Tokenizer.spans(text)) {
            if (Stems.of(word.token(), language).stream().anyMatch(stems::contains)) {
                spans.add(new Span(word.start(), word.end()));
            }
        }
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static List<Span> merged(List<Span> spans) {
        spans.sort(Comparator.comparingInt(Span::start));
        List<Span> merged = new ArrayList<>();
        for (Span span : spans) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() <= last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return List.copyOf(merged);
    }
}
