package org.communique.ingest.polling;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.communique.ingest.IngestConfig;
import org.communique.ingest.releases.Release;
import org.communique.ingest.releases.ReleaseIds;
import org.communique.ingest.sources.Source;
import org.communique.ingest.sources.SourceKind;
import org.communique.ingest.sources.SourcePoll;
import org.communique.platform.net.ErrorText;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Polls one source: a conditional GET of its feed or list page, then its items (and, for an HTML source,
 * the article pages it has not read yet) through the ingest path. A 304, or items that are all stored
 * already, publish nothing. No transaction is open while a site is being read.
 */
@ApplicationScoped
public class SourcePoller {

    private static final Logger LOG = Logger.getLogger(SourcePoller.class);

    private final HttpFetcher fetcher;

    private final ItemIngestion ingestion;

    private final PollRecorder recorder;

    private final IngestConfig config;

    public SourcePoller(HttpFetcher fetcher, ItemIngestion ingestion, PollRecorder recorder, IngestConfig config) {
        this.fetcher = fetcher;
        this.ingestion = ingestion;
        this.recorder = recorder;
        this.config = config;
    }

    /** Polls now, whether due or not. Empty if there is no such polled source. */
    public Optional<PollOutcome> poll(UUID sourceId) {
        Optional<PollTarget> target = QuarkusTransaction.requiringNew().call(() -> Source.<Source>findByIdOptional(sourceId)
                .filter(Source::polled)
                .map(source -> PollTarget.of(source, SourcePoll.findById(sourceId))));
        return target.map(this::poll);
    }

    private PollOutcome poll(PollTarget target) {
        Instant polledAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try {
            ItemCounts counts = new ItemCounts();
            Fetched fetched = target.kind() == SourceKind.HTML ? readPages(target, counts) : readFeed(target, counts);
            PollOutcome outcome = recorder.read(target, polledAt, fetched, counts);
            LOG.debugf("Polled %s: %s", target.url(), outcome);
            return outcome;
        } catch (PollFailure failure) {
            LOG.debugf("Polling %s failed: %s", target.url(), failure.getMessage());
            return recorder.failed(target, polledAt, ErrorText.sanitize(failure.getMessage()));
        } catch (RuntimeException unexpected) {
            LOG.warnf(unexpected, "Polling source %s (%s) failed unexpectedly", target.id(), target.url());
            return recorder.failed(target, polledAt, "internal error while polling");
        }
    }

    private Fetched readFeed(PollTarget target, ItemCounts counts) {
        Fetched feed = fetcher.fetch(target.url(), HttpFetcher.FEED_TYPES, target.validators());
        if (feed.notModified()) {
            return feed;
        }
        List<FeedItem> items = FeedReader.read(TextDecoding.xml(feed.body(), feed.contentType()), feed.uri());
        int max = config.polling().maxItemsPerPoll();
        ingestion.ingest(target.ref(), target.language(), items.size() > max ? items.subList(0, max) : items, counts);
        return feed;
    }

    private Fetched readPages(PollTarget target, ItemCounts counts) {
        Fetched list = fetcher.fetch(target.url(), HttpFetcher.PAGE_TYPES, target.validators());
        if (list.notModified()) {
            return list;
        }
        List<String> links = PageReader.links(TextDecoding.html(list.body(), list.contentType()), list.uri(),
                target.selectors().list());
        if (links.isEmpty()) {
            // a list page with no article on it means the site changed, not that there is no news
            throw new PollFailure("the list selector '" + target.selectors().list() + "' matched no links on "
                    + list.uri());
        }
        SameSite site = SameSite.of(list.uri());
        Map<UUID, String> byId = new LinkedHashMap<>();
        for (String link : links) {
            try {
                if (!site.contains(URI.create(link))) {
                    counts.skip(link + ": links outside " + site.host() + " are not followed");
                    continue;
                }
                byId.putIfAbsent(ReleaseIds.ofUrl(target.id(), link), link);
            } catch (IllegalArgumentException e) {
                counts.skip(link + ": not an http(s) URL");
            }
        }
        Set<UUID> seen = QuarkusTransaction.requiringNew().call(() -> Release.contentHashes(byId.keySet()).keySet());
        List<String> unseen = byId.entrySet().stream().filter(e -> !seen.contains(e.getKey()))
                .map(Map.Entry::getValue).limit(config.polling().maxItemsPerPoll()).toList();
        counts.unchanged += seen.size();
        counts.items += seen.size();

        // stop reading articles well before the lease ends; the rest are read next time
        long deadline = System.nanoTime() + config.polling().lease().toNanos() / 2;
        List<FeedItem> articles = new ArrayList<>();
        for (String link : unseen) {
            if (System.nanoTime() > deadline) {
                counts.problem("stopped reading articles at the poll's time limit; the rest follow next poll");
                break;
            }
            try {
                Fetched page = fetcher.fetch(URI.create(link), HttpFetcher.PAGE_TYPES, Validators.NONE, site::contains);
                articles.add(PageReader.article(TextDecoding.html(page.body(), page.contentType()), URI.create(link),
                        target.selectors(), target.language()));
            } catch (PollFailure | IllegalArgumentException e) {
                counts.items++;
                counts.skip(link + ": " + e.getMessage());
            }
        }
        ingestion.ingest(target.ref(), target.language(), articles, counts);
        return list;
    }
}
