package org.communique.ingest.releases;

import java.util.UUID;

/** Release ids are deterministic: the same item pushed twice by one source gets the same id. */
public final class ReleaseIds {

    /** Fixed forever: changing it would give every stored release a new id. */
    static final UUID NAMESPACE = UUID.fromString("b77551d1-ac03-459b-a3f2-0fb52a11cc27");

    private ReleaseIds() {
    }

    public static UUID of(UUID sourceId, ReleaseDraft draft) {
        return NameBasedUuid.v5(NAMESPACE, sourceId + "/" + draft.itemKey());
    }
}
