package org.communique.notifier.email;

import io.quarkus.mailer.Mail;
import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.EventJson;
import org.communique.contracts.PressRelease;
import org.communique.notifier.matching.FilterJson;
import org.communique.notifier.matching.SubscriptionFilter;

import java.util.List;
import java.util.Locale;

/**
 * The emails a subscriber receives: one alert, or a digest of several, as text and HTML. Every piece
 * of release text is escaped in the HTML part; what made the release match is marked. Each carries
 * {@code List-Unsubscribe} with {@code List-Unsubscribe-Post} (RFC 8058), so mail clients offer a
 * one-click unsubscribe that works without opening a page.
 */
final class AlertEmails {

    private static final int MAX_SUBJECT = 150;

    private AlertEmails() {
    }

    static Mail alerts(List<ClaimedEmailAlert> alerts, EmailLinks links) {
        ClaimedEmailAlert first = alerts.get(0);
        SubscriptionFilter filter = FilterJson.decode(first.filterJson());
        String unsubscribe = links.unsubscribe(first.emailToken());
        String subject;
        if (alerts.size() == 1 && !first.inDigest()) {
            subject = "Communiqué: " + oneLine(release(first).release().title());
        } else {
            subject = "Communiqué: " + alerts.size() + (alerts.size() == 1 ? " alert" : " alerts")
                    + " (" + first.digest().toLowerCase(Locale.ROOT) + " digest)";
        }
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
        for (ClaimedEmailAlert alert : alerts) {
            EnrichedRelease enriched = release(alert);
            PressRelease release = enriched.release();
            Highlights highlights = Highlights.of(enriched, filter);
            text.append(Html.highlightedText(release.title(), highlights.title())).append('\n')
                    .append(release.source().name()).append(release.publishedAt() == null ? "" : ", " + release.publishedAt())
                    .append("\n\n")
                    .append(Html.highlightedText(release.body(), highlights.body())).append("\n\n");
            if (release.url() != null) {
                text.append(release.url()).append("\n\n");
            }
            text.append("----\n\n");
            html.append("<h2>").append(Html.highlightedHtml(release.title(), highlights.title())).append("</h2>")
                    .append("<p><small>").append(Html.escape(release.source().name()))
                    .append(release.publishedAt() == null ? "" : ", " + Html.escape(release.publishedAt().toString()))
                    .append("</small></p>")
                    .append("<p>").append(Html.highlightedHtml(release.body(), highlights.body()).replace("\n", "<br>"))
                    .append("</p>");
            if (release.url() != null && (release.url().startsWith("https://") || release.url().startsWith("http://"))) {
                html.append("<p><a href=\"").append(Html.escape(release.url())).append("\">Read the release</a></p>");
            }
            html.append("<hr>");
        }
        text.append("Unsubscribe: ").append(unsubscribe).append('\n');
        html.append("<p><small><a href=\"").append(Html.escape(unsubscribe)).append("\">Unsubscribe</a></small></p>")
                .append("</body></html>");
        return Mail.withText(first.address(), subject, text.toString())
                .setHtml(html.toString())
                .addHeader("List-Unsubscribe", "<" + unsubscribe + ">")
                .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .addHeader("List-Id", "Communique alerts <" + first.subscriptionId() + ".alerts.communique>")
                .addHeader("Auto-Submitted", "auto-generated");
    }

    static Mail confirmation(String address, String confirmUrl) {
        String text = "Someone, hopefully you, subscribed " + address + " to press-release alerts from Communiqué.\n\n"
                + "To start receiving them, confirm here: " + confirmUrl + "\n\n"
                + "If it was not you, ignore this message: nothing more will be sent.\n";
        String html = "<!DOCTYPE html><html><body style=\"font-family:sans-serif\">"
                + "<p>Someone, hopefully you, subscribed " + Html.escape(address)
                + " to press-release alerts from Communiqué.</p>"
                + "<p><a href=\"" + Html.escape(confirmUrl) + "\">Confirm the subscription</a></p>"
                + "<p>If it was not you, ignore this message: nothing more will be sent.</p></body></html>";
        return Mail.withText(address, "Confirm your Communiqué alerts", text).setHtml(html)
                .addHeader("Auto-Submitted", "auto-generated");
    }

    private static EnrichedRelease release(ClaimedEmailAlert alert) {
        return EventJson.decode(alert.releasePayload(), EnrichedRelease.class);
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > MAX_SUBJECT ? line.substring(0, MAX_SUBJECT - 1) + "…" : line;
    }
}
