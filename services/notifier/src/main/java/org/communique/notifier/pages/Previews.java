package org.communique.notifier.pages;

import jakarta.inject.Singleton;
import org.communique.notifier.matching.FilterJson;
import org.communique.notifier.matching.SubscriptionFilter;
import org.communique.platform.limits.KeyedLimiter;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A preview asked for by the page: the form bounded, the client's rate checked, then {@link Preview}. */
@Singleton
class Previews {

    private static final Logger LOG = Logger.getLogger(Previews.class);

    /** What the page shows: the matching releases, or an error with the status to answer. */
    record Outcome(int status, String error, List<Preview.Hit> hits) {
    }

    private final Preview preview;
    private final KeyedLimiter perClient;

    Previews(Preview preview, PagesConfig config) {
        this.preview = preview;
        this.perClient = new KeyedLimiter(config.previewsPerClientPerMinute(), Duration.ofMinutes(1), 100_000);
    }

    Outcome run(SubscribeForm form, String client, Map<String, String> t) {
        SubscriptionFilter filter;
        try {
            filter = FilterJson.decode(form.filter().toString());
        } catch (FilterForm.TooLarge e) {
            return new Outcome(400, e.getMessage(), null);
        } catch (RuntimeException e) {
            return new Outcome(400, t.get("previewInvalid"), null);
        }
        KeyedLimiter.Decision decision = perClient.tryAcquire(client);
        if (!decision.allowed()) {
            return new Outcome(429, t.get("previewRate") + " (" + Math.max(1, decision.retryAfter().toSeconds()) + " s)", null);
        }
        try {
            return new Outcome(200, null, preview.matches(filter));
        } catch (RuntimeException e) {
            LOG.warnf("preview: press.releases.enriched not readable: %s", e.toString());
            return new Outcome(503, t.get("previewDown"), null);
        }
    }
}
