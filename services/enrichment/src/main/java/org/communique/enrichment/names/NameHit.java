package org.communique.enrichment.names;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One suggestion: {@code id} is what a subscription filter takes (ISO code for a country, the knowledge-base id for
 * an official), {@code name} the canonical name in the asked language, {@code matched} the spelling that matched
 * when it is another one, {@code country} the official's country.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NameHit(String kind, String id, String name, String matched, String country) {
}
