package org.communique.contracts;

import java.util.Objects;
import java.util.UUID;

/** The feeder a release came from. {@code country} is ISO 3166-1 alpha-2 and may be null. */
public record SourceRef(UUID id, String name, String country) {

    public SourceRef {
        Objects.requireNonNull(id, "source.id");
        Objects.requireNonNull(name, "source.name");
    }
}
