package org.communique.ingest.releases;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseIdsTest {

    private static final UUID SOURCE = UUID.fromString("0b6a1f0e-4a53-4c1e-9d55-3c1f6f2f4a10");
    private static final UUID OTHER_SOURCE = UUID.fromString("7d0f5b7e-0f0e-4d59-8f6e-2b8f9b1c2d33");

    @Test
    void externalIdWinsOverUrlAndContent() {
        assertThat(ReleaseIds.of(SOURCE, draft("ext-1", "https://mfa.example/a", "hash-1")))
                .isEqualTo(ReleaseIds.of(SOURCE, draft("ext-1", "https://mfa.example/b", "hash-2")));
    }

    @Test
    void canonicalUrlWinsOverContent() {
        assertThat(ReleaseIds.of(SOURCE, draft(null, "https://mfa.example/a", "hash-1")))
                .isEqualTo(ReleaseIds.of(SOURCE, draft(null, "https://mfa.example/a", "hash-2")))
                .isNotEqualTo(ReleaseIds.of(SOURCE, draft(null, "https://mfa.example/b", "hash-1")));
    }

    @Test
    void contentHashIdentifiesAnItemWithNothingElse() {
        assertThat(ReleaseIds.of(SOURCE, draft(null, null, "hash-1")))
                .isEqualTo(ReleaseIds.of(SOURCE, draft(null, null, "hash-1")))
                .isNotEqualTo(ReleaseIds.of(SOURCE, draft(null, null, "hash-2")));
    }

    @Test
    void sameItemFromAnotherSourceIsAnotherRelease() {
        assertThat(ReleaseIds.of(SOURCE, draft("ext-1", null, "hash-1")))
                .isNotEqualTo(ReleaseIds.of(OTHER_SOURCE, draft("ext-1", null, "hash-1")));
    }

    @Test
    void anExternalIdThatLooksLikeAUrlIsStillAnExternalId() {
        assertThat(ReleaseIds.of(SOURCE, draft("https://mfa.example/a", null, "hash-1")))
                .isNotEqualTo(ReleaseIds.of(SOURCE, draft(null, "https://mfa.example/a", "hash-1")));
    }

    private static ReleaseDraft draft(String externalId, String canonicalUrl, String contentHash) {
        return new ReleaseDraft(externalId, canonicalUrl, canonicalUrl, null, "title", "body", null, contentHash);
    }
}
