package org.communique.ingest.polling;

import java.time.Instant;

/**
 * One entry of a feed or one article page, as read: any field may be missing, and the ingest path reports
 * what is. {@code body} may be HTML; {@code label} names the item in reports (its link, id or position).
 */
record FeedItem(String label, String externalId, String url, String title, String body, Instant publishedAt,
                String language) {
}
