package org.communique.ingest.stories;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class LongObjectMapTest {

    @Test
    void behavesLikeAHashMapThroughGrowthAndRemovals() {
        LongObjectMap<String> map = new LongObjectMap<>();
        Map<Long, String> expected = new HashMap<>();
        Random random = new Random(3);
        for (int step = 0; step < 200_000; step++) {
            // few distinct keys, some sharing their low bits: long probe runs, many removals inside them
            long key = random.nextInt(3_000) * (random.nextBoolean() ? 1L : 1L << 40);
            switch (random.nextInt(3)) {
                case 0 -> assertThat(map.put(key, "v" + step)).isEqualTo(expected.put(key, "v" + step));
                case 1 -> assertThat(map.remove(key)).isEqualTo(expected.remove(key));
                default -> assertThat(map.get(key)).isEqualTo(expected.get(key));
            }
            assertThat(map.size()).isEqualTo(expected.size());
        }
        Map<Long, String> visited = new HashMap<>();
        map.forEach(visited::put);
        assertThat(visited).isEqualTo(expected);
        for (long key : expected.keySet()) {
            assertThat(map.get(key)).isEqualTo(expected.get(key));
        }
    }

    @Test
    void refusesNullValues() {
        LongObjectMap<String> map = new LongObjectMap<>();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> map.put(1L, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(map.get(1L)).isNull();
        assertThat(map.isEmpty()).isTrue();
    }
}
