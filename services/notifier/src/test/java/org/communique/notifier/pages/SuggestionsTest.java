package org.communique.notifier.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.communique.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuggestionsTest {

    private static final PagesConfig TWO_PER_MINUTE = new PagesConfig() {
        @Override
        public String enrichmentUrl() {
            return "http://127.0.0.1:1";
        }

        @Override
        public java.util.Optional<String> enrichmentAdminKey() {
            return java.util.Optional.empty();
        }

        @Override
        public int namesPerClientPerMinute() {
            return 2;
        }

        @Override
        public int previewScanned() {
            return 10;
        }

        @Override
        public int previewShown() {
            return 5;
        }

        @Override
        public int previewsPerClientPerMinute() {
            return 1;
        }
    };

    private final Suggestions suggestions = new Suggestions(new NamesProxy(TWO_PER_MINUTE) {
        @Override
        JsonNode lookup(String kind, String query, String language) {
            return JsonNodeFactory.instance.arrayNode().add(query);
        }
    }, TWO_PER_MINUTE);

    @Test
    void badInputIsA400NamingTheFields() {
        assertThatThrownBy(() -> suggestions.lookup("x".repeat(51), "planet", "fr", "10.0.0.1"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).extracting(f -> f.field()).containsExactly("q", "kind", "lang");
                });
        // no kind at all (Set.of refuses to look up null): the same 400, not a 500
        assertThatThrownBy(() -> suggestions.lookup("Kyr", null, null, "10.0.0.1"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                        .containsExactly("kind"));
        assertThatThrownBy(() -> suggestions.lookup("   ", "country", "ru", "10.0.0.1"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void aClientPastItsRateGets429AndOthersAreStillAnswered() {
        suggestions.lookup("Kyr", "country", "en", "10.0.0.2");
        suggestions.lookup("Kyrg", "country", "en", "10.0.0.2");
        assertThatThrownBy(() -> suggestions.lookup("Kyrgy", "country", "en", "10.0.0.2"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.headers()).containsKey("Retry-After");
                });
        assertThat(suggestions.lookup("Kaz", "country", "en", "10.0.0.3").get(0).asText()).isEqualTo("Kaz");
    }

    @Test
    void anUnreachableEnrichmentMeansNoSuggestionsNotAnError() {
        JsonNode hits = new NamesProxy(TWO_PER_MINUTE).lookup("country", "Kyr", "en");
        assertThat(hits.isArray()).isTrue();
        assertThat(hits).isEmpty();
    }
}
