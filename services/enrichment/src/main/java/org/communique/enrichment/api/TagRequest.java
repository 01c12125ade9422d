package org.communique.enrichment.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A text to tag. {@code publishedAt} is an ISO date ({@code 2024-02-01}) or date-time; roles and relative dates
 * resolve against it (today when absent). {@code language} is detected when absent.
 */
public record TagRequest(
        @NotNull String text,
        String title,
        @Pattern(regexp = "ru|kk|ky|en", message = "must be one of ru, kk, ky, en") String language,
        String publishedAt) {
}
