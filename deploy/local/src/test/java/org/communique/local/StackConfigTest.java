package org.communique.local;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackConfigTest {

    private final Path root = Path.of("/opt/communique");

    @Test
    void defaultsKeepDataBesideTheCheckoutOnFixedPorts() {
        StackConfig config = StackConfig.fromEnvironment(root, Map.of(), null);

        assertThat(config.home()).isEqualTo(root.resolve(".communique"));
        assertThat(config.ingestPort()).isEqualTo(8081);
        assertThat(config.enrichmentPort()).isEqualTo(8082);
        assertThat(config.notifierPort()).isEqualTo(8083);
    }

    @Test
    void environmentOverridesHomeAndPorts() {
        StackConfig config = StackConfig.fromEnvironment(root,
                Map.of("COMMUNIQUE_HOME", "/var/lib/cq", "COMMUNIQUE_KAFKA_PORT", " 29092 "), null);

        assertThat(config.home()).isEqualTo(Path.of("/var/lib/cq"));
        assertThat(config.kafkaPort()).isEqualTo(29092);
    }

    @Test
    void aPortThatIsNotANumberIsNamedInTheError() {
        assertThatThrownBy(() -> StackConfig.fromEnvironment(root, Map.of("COMMUNIQUE_PG_PORT", "fifteen"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("COMMUNIQUE_PG_PORT");
    }

    @Test
    void limitsAreOnUnlessRaisedOnPurpose() {
        StackConfig normal = StackConfig.fromEnvironment(root, Map.of(), null);
        assertThat(normal.limitsRaised()).isFalse();
        assertThat(normal.serviceEnv()).doesNotContainKey("QUARKUS_PROFILE");

        StackConfig raised = StackConfig.fromEnvironment(root, Map.of("COMMUNIQUE_RAISE_LIMITS", "true"), null);
        assertThat(raised.limitsRaised()).isTrue();
        assertThat(raised.serviceEnv()).containsEntry("QUARKUS_PROFILE", "local,raised-limits");
    }
}
