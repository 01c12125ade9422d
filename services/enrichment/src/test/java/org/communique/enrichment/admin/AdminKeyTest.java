package org.communique.enrichment.admin;

import org.communique.enrichment.EnrichmentConfig;
import org.communique.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdminKeyTest {

    @Test
    void withoutAConfiguredKeyEveryoneIsRefused() {
        AdminKey off = new AdminKey(config(Optional.empty()));
        assertThatThrownBy(() -> off.check("Bearer anything")).isInstanceOfSatisfying(ProblemException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> off.check(null)).isInstanceOfSatisfying(ProblemException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.status()).isEqualTo(403));
        AdminKey blank = new AdminKey(config(Optional.of("  ")));
        assertThatThrownBy(() -> blank.check("Bearer   ")).isInstanceOf(ProblemException.class);
    }

    @Test
    void onlyTheKeyAsABearerTokenPasses() {
        AdminKey key = new AdminKey(config(Optional.of("s3cret")));
        assertThatCode(() -> key.check("Bearer s3cret")).doesNotThrowAnyException();
        assertThatCode(() -> key.check("bearer s3cret")).doesNotThrowAnyException();
        for (String wrong : new String[]{null, "", "s3cret", "Basic s3cret", "Bearer s3cre", "Bearer s3cret2"}) {
            assertThatThrownBy(() -> key.check(wrong)).as(String.valueOf(wrong))
                    .isInstanceOfSatisfying(ProblemException.class,
                            e -> org.assertj.core.api.Assertions.assertThat(e.status()).isEqualTo(401));
        }
    }

    private static EnrichmentConfig config(Optional<String> adminKey) {
        return new EnrichmentConfig() {
            @Override
            public ZoneId timeZone() {
                return ZoneId.of("UTC");
            }

            @Override
            public Optional<String> adminKey() {
                return adminKey;
            }

            @Override
            public Kb kb() {
                return null;
            }

            @Override
            public Tag tag() {
                return null;
            }
        };
    }
}
