package org.communique.ingest.releases;

/**
 * A release as a feeder pushes it. Only {@code title} and {@code body} are required; {@code body} may be
 * HTML. {@code publishedAt} stays a string here so that a bad value is reported like every other field.
 */
public record ReleaseSubmission(
        String externalId,
        String url,
        String title,
        String body,
        String language,
        String publishedAt) {
}
