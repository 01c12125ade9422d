package org.communique.enrichment.kb;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.communique.enrichment.EnrichmentConfig;
import org.communique.enrichment.tagger.Tagger;
import org.communique.enrichment.tagger.kb.KbDataFiles;
import org.communique.enrichment.tagger.kb.KnowledgeBase;
import org.jboss.logging.Logger;

/**
 * The tagger built from the database's knowledge base. Tagger instances are immutable: a knowledge-base change
 * (seen by polling the version) builds a new one and swaps it in atomically, so a request or record being tagged
 * always sees one consistent knowledge base.
 */
@ApplicationScoped
public class CurrentTagger {

    private static final Logger LOG = Logger.getLogger(CurrentTagger.class);

    private final KnowledgeBaseStore store;
    private final EnrichmentConfig config;
    private volatile Tagger tagger;

    @Inject
    public CurrentTagger(KnowledgeBaseStore store, EnrichmentConfig config) {
        this.store = store;
        this.config = config;
    }

    /** Early, so the tagger is ready before HTTP requests and Kafka records arrive. */
    void onStart(@Observes @Priority(1) StartupEvent event) {
        get();
    }

    public Tagger get() {
        Tagger current = tagger;
        return current != null ? current : initialise();
    }

    private synchronized Tagger initialise() {
        if (tagger == null) {
            if (config.kb().importOnStart()) {
                KnowledgeBase files = KbDataFiles.fromClasspath();
                long version = store.importIfNewer(files);
                LOG.infof("knowledge base at version %d (data files version %d)", version, files.version());
            }
            rebuild();
        }
        return tagger;
    }

    @Scheduled(every = "${communique.enrichment.kb.refresh-every:30s}", delayed = "${communique.enrichment.kb.refresh-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        refreshIfStale();
    }

    /**
     * Rebuilds the tagger when the database holds another knowledge-base version than the current tagger. Called on
     * a change notification, by the polling fallback, and by the admin API right after its change commits, so the
     * next release this instance tags already sees the change.
     */
    public synchronized void refreshIfStale() {
        if (tagger != null && store.version() != tagger.kbVersion()) {
            rebuild();
        }
    }

    /** Builds a tagger from the database's current knowledge base and makes it the current one. */
    public synchronized void rebuild() {
        long started = System.nanoTime();
        KnowledgeBase kb = store.load();
        tagger = Tagger.build(kb);
        LOG.infof("tagger %s built from knowledge base version %d (%d countries, %d people) in %d ms", Tagger.VERSION,
                kb.version(), kb.countries().size(), kb.people().size(), (System.nanoTime() - started) / 1_000_000);
    }
}
