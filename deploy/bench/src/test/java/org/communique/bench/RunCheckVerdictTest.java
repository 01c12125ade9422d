package org.communique.bench;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RunCheckVerdictTest {

    @Test
    void everyAcceptedReleaseSeenOnceIsExactlyOnce() {
        RunCheck.Verdict verdict = RunCheck.Verdict.of(Map.of("a", 1, "b", 1, "other-run", 3), Set.of("a", "b"), 10);

        assertThat(verdict.exactlyOnce()).isTrue();
        assertThat(verdict.json()).containsEntry("missingOnEnriched", 0L).containsEntry("duplicatedOnEnriched", 0L);
    }

    @Test
    void aMissingReleaseAndATwiceSeenOneAreCountedApart() {
        RunCheck.Verdict verdict = RunCheck.Verdict.of(Map.of("a", 2, "b", 1), Set.of("a", "b", "c"), 10);

        assertThat(verdict.missing()).isEqualTo(1);
        assertThat(verdict.duplicated()).isEqualTo(1);
        assertThat(verdict.exactlyOnce()).isFalse();
        assertThat(verdict.summary()).contains("NOT exactly once");
    }
}
