package org.communique.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseGeneratorTest {

    private static List<ReleaseGenerator.Generated> generate(long seed, int count) {
        ReleaseGenerator generator = new ReleaseGenerator(seed, 20, 0.05, 0.2);
        return IntStream.range(0, count).mapToObj(i -> generator.next()).toList();
    }

    @Test
    void theSameSeedGivesTheSameReleases() {
        assertThat(generate(7, 500)).isEqualTo(generate(7, 500));
        assertThat(generate(7, 500)).isNotEqualTo(generate(8, 500));
    }

    @Test
    void mixesKindsAndLanguagesInTheAskedShares() {
        List<ReleaseGenerator.Generated> releases = generate(1, 10_000);
        Map<ReleaseGenerator.Kind, Long> kinds = releases.stream()
                .collect(Collectors.groupingBy(ReleaseGenerator.Generated::kind, Collectors.counting()));
        assertThat(kinds.get(ReleaseGenerator.Kind.REPOST)).isBetween(400L, 600L);
        assertThat(kinds.get(ReleaseGenerator.Kind.NEAR_DUPLICATE)).isBetween(1_800L, 2_200L);
        assertThat(releases).extracting(ReleaseGenerator.Generated::language).contains("ru", "en", "kk", "ky");
    }

    @Test
    void aRepostIsTheSameItemOfTheSameSourceAndANearDuplicateComesFromAnother() {
        List<ReleaseGenerator.Generated> releases = generate(3, 2_000);
        Map<String, ReleaseGenerator.Generated> byItem = releases.stream()
                .filter(r -> r.kind() != ReleaseGenerator.Kind.REPOST)
                .collect(Collectors.toMap(ReleaseGenerator.Generated::externalId, r -> r, (a, b) -> a));
        releases.stream().filter(r -> r.kind() == ReleaseGenerator.Kind.REPOST).forEach(repost -> {
            ReleaseGenerator.Generated original = byItem.get(repost.externalId());
            assertThat(original).isNotNull();
            assertThat(repost.source()).isEqualTo(original.source());
            assertThat(repost.body()).isEqualTo(original.body());
        });
        releases.stream().filter(r -> r.kind() == ReleaseGenerator.Kind.NEAR_DUPLICATE).forEach(copy -> {
            ReleaseGenerator.Generated original = releases.stream()
                    .filter(r -> r.kind() == ReleaseGenerator.Kind.NEW && copy.body().contains(r.body()))
                    .findFirst().orElseThrow();
            assertThat(copy.source()).isNotEqualTo(original.source());
            assertThat(copy.externalId()).isNotEqualTo(original.externalId());
        });
    }

    @Test
    void everyReleaseEndsInItsMinistrysBoilerplateAndNamesARealOfficial() {
        assertThat(generate(5, 300)).filteredOn(r -> r.kind() == ReleaseGenerator.Kind.NEW).allSatisfy(release -> {
            assertThat(release.body()).containsAnyOf("Пресс-служба Министерства иностранных дел",
                    "Press Service of the Ministry of Foreign Affairs", "баспасөз қызметі", "басма сөз кызматы");
            assertThat(release.body()).containsAnyOf("Жапаров", "Japarov", "Токаев", "Tokayev", "Тоқаев", "Кулубаев",
                    "Kulubaev", "Нуртлеу", "Nurtleu", "Нұртілеу", "Мирзиёев", "Mirziyoyev", "Саидов", "Saidov",
                    "Рахмон", "Rahmon", "Лавров", "Lavrov", "Ван И", "Wang Yi", "Фидан", "Fidan");
        });
    }
}
