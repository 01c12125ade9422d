package org.communique.enrichment.admin;

/** One more way to write a person's name: {@code alias} (a full spelling) or {@code short} (a single word). */
public record NameVariant(String name, String kind) {

    static final String ALIAS = "alias";
    static final String SHORT = "short";

    String kindOrDefault() {
        return kind == null ? ALIAS : kind;
    }
}
