package org.communique.enrichment.tagger;

import org.communique.contracts.Tags;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Secretary of State" names the US foreign minister; Kazakhstan's State Secretary («Государственный секретарь
 * Республики Казахстан», «Мемлекеттік хатшы», "State Secretary") is another office, so an official the knowledge base
 * lacks who holds it is tagged with the role other, not foreign_minister.
 */
class StateSecretaryTest {

    @Test
    void anotherStatesStateSecretaryIsNoForeignMinister() {
        assertThat(roles(TestTagger.tag("Государственный секретарь Республики Казахстан Ерлан Карин встретился с послом "
                + "Японии.", "2023-06-10"))).containsExactly("unlisted:erlan-karin=other");
        assertThat(roles(TestTagger.tag("Қазақстан Республикасының Мемлекеттік хатшысы Ерлан Қарин Жапония елшісімен "
                + "кездесті.", "2023-06-10"))).containsExactly("unlisted:erlan-karin=other");
    }

    @Test
    void theUsSecretaryOfStateIsItsForeignMinister() {
        assertThat(roles(TestTagger.tag("Государственный секретарь США Энтони Блинкен прибыл в Астану.", "2023-06-10")))
                .containsExactly("antony-blinken=foreign_minister");
        assertThat(roles(TestTagger.tag("АҚШ Мемлекеттік хатшысы Энтони Блинкен Астанаға келді.", "2023-06-10")))
                .containsExactly("antony-blinken=foreign_minister");
    }

    private static java.util.List<String> roles(Tags tags) {
        return tags.officials().stream().map(o -> o.id() + "=" + o.role()).toList();
    }
}
