package org.communique.platform.admin;

import org.communique.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdminKeyRuleTest {

    @Test
    void withoutAConfiguredKeyEveryoneIsRefusedWith403() {
        for (Optional<String> off : java.util.List.of(Optional.<String>empty(), Optional.of("  "))) {
            AdminKeyRule rule = new AdminKeyRule(off, "communique.x.admin-key");
            assertThatThrownBy(() -> rule.check("Bearer anything")).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.status()).isEqualTo(403));
            assertThat(rule.matches("anything")).isFalse();
            assertThat(rule.matches("")).isFalse();
        }
    }

    @Test
    void onlyTheKeyAsABearerTokenPassesAndTheRestGet401() {
        AdminKeyRule rule = new AdminKeyRule(Optional.of("s3cret"), "communique.x.admin-key");
        assertThatCode(() -> rule.check("Bearer s3cret")).doesNotThrowAnyException();
        assertThatCode(() -> rule.check("bearer s3cret")).doesNotThrowAnyException();
        for (String wrong : new String[]{null, "", "s3cret", "Basic s3cret", "Bearer s3cre", "Bearer s3cret2"}) {
            assertThatThrownBy(() -> rule.check(wrong)).as(String.valueOf(wrong))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(401));
        }
        assertThat(rule.matches(" s3cret ")).isTrue();
        assertThat(rule.matches("s3cret2")).isFalse();
        assertThat(rule.matches(null)).isFalse();
    }
}
