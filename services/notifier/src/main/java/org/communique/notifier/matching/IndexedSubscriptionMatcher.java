package org.communique.notifier.matching;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.communique.notifier.StartupGate;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Matches releases against an in-memory {@link SubscriptionIndex} that each instance keeps current by
 * checking the {@code subscriptions_version} row: before every release (so a release consumed after a
 * subscription change committed always sees it, whichever instance made the change) and on a short
 * poll while idle. A version check is one single-row read; only changed subscriptions are re-read.
 */
@ApplicationScoped
public class IndexedSubscriptionMatcher implements SubscriptionMatcher {

    private static final Logger LOG = Logger.getLogger(IndexedSubscriptionMatcher.class);

    private final ActiveSubscriptions subscriptions;
    private final SubscriptionIndex index = new SubscriptionIndex();
    private long appliedVersion = -1;

    public IndexedSubscriptionMatcher(ActiveSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public List<SubscriptionMatch> matching(ReleaseFacts release) {
        refresh();
        return index.matching(release);
    }

    @Override
    public List<List<SubscriptionMatch>> matchingEach(List<ReleaseFacts> releases) {
        refresh();
        return releases.stream().map(index::matching).toList();
    }

    @Scheduled(every = "${communique.notifier.matching.refresh-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = StartupGate.class)
    void poll() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warnf(e, "refreshing the subscription index failed; retrying on the next poll");
        }
    }

    /** Brings the index up to the committed subscriptions. */
    public synchronized void refresh() {
        long version = subscriptions.version();
        if (version == appliedVersion) {
            return;
        }
        if (appliedVersion < 0) {
            long started = System.nanoTime();
            subscriptions.readAll(version, change -> index.put(change.id(), FilterJson.decode(change.filterJson())));
            LOG.infof("subscription index loaded: %d active subscriptions at version %d in %d ms", index.size(),
                    version, (System.nanoTime() - started) / 1_000_000);
        } else {
            subscriptions.readChanges(appliedVersion, version, change -> {
                if (change.active()) {
                    index.put(change.id(), FilterJson.decode(change.filterJson()));
                } else {
                    index.remove(change.id());
                }
            });
        }
        appliedVersion = version;
    }
}
