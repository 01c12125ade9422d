package org.communique.ingest.releases;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class NameBasedUuidTest {

    private static final UUID DNS_NAMESPACE = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    @Test
    void matchesTheRfc9562TestVector() {
        assertThat(NameBasedUuid.v5(DNS_NAMESPACE, "www.example.com"))
                .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    }

    @Test
    void isVersion5OfTheIetfVariant() {
        UUID uuid = NameBasedUuid.v5(ReleaseIds.NAMESPACE, "any name");

        assertThat(uuid.version()).isEqualTo(5);
        assertThat(uuid.variant()).isEqualTo(2);
    }

    @Test
    void dependsOnNamespaceAndName() {
        assertThat(NameBasedUuid.v5(DNS_NAMESPACE, "a")).isEqualTo(NameBasedUuid.v5(DNS_NAMESPACE, "a"))
                .isNotEqualTo(NameBasedUuid.v5(DNS_NAMESPACE, "b"))
                .isNotEqualTo(NameBasedUuid.v5(ReleaseIds.NAMESPACE, "a"));
    }
}
