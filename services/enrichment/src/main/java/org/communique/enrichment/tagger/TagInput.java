package org.communique.enrichment.tagger;

import java.time.LocalDate;

/**
 * What to tag. {@code language} may be null (then it is detected); {@code publishedAt} may be null (then roles
 * and relative dates resolve against today).
 */
public record TagInput(String title, String text, String language, LocalDate publishedAt) {
}
