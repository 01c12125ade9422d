package org.communique.ingest.releases;

import java.util.Optional;
import java.util.UUID;

/** Release ids are deterministic: the same item pushed twice by one source gets the same id. */
public final class ReleaseIds {

    /** Fixed forever: changing it would give every stored release a new id. */
    static final UUID NAMESPACE = UUID.fromString("b77551d1-ac03-459b-a3f2-0fb52a11cc27");

    private ReleaseIds() {
    }

    public static UUID of(UUID sourceId, ReleaseDraft draft) {
        return of(sourceId, draft.itemKey());
    }

    /** @param itemKey see {@link ReleaseDraft#itemKey()} */
    public static UUID of(UUID sourceId, String itemKey) {
        return NameBasedUuid.v5(NAMESPACE, sourceId + "/" + itemKey);
    }

    /** The id of the item of a source that has neither an external id nor anything but its URL. */
    public static UUID ofUrl(UUID sourceId, String url) {
        return ReleaseUrl.parse(url).map(parsed -> of(sourceId, ReleaseDraft.URL_KEY + parsed.canonical()))
                .orElseThrow(() -> new IllegalArgumentException("not an http(s) URL: " + url));
    }

    /** An id given in a request; empty when it is not a UUID. */
    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
