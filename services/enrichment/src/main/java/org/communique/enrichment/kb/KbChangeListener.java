package org.communique.enrichment.kb;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.communique.enrichment.EnrichmentConfig;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The fast path by which a knowledge-base change reaches every instance: each one LISTENs on PostgreSQL's
 * {@value KbVersions#CHANNEL} channel, which the writing transaction notifies on commit, and rebuilds its tagger
 * within a moment. Polling the version ({@code communique.enrichment.kb.refresh-every}) stays as the fallback for
 * a notification missed while the connection was down.
 */
@ApplicationScoped
public class KbChangeListener {

    private static final Logger LOG = Logger.getLogger(KbChangeListener.class);
    private static final int WAIT_MILLIS = 5_000;
    private static final long RETRY_SECONDS = 5;

    private final DataSource dataSource;
    private final CurrentTagger tagger;
    private final EnrichmentConfig config;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Thread thread;

    @Inject
    public KbChangeListener(DataSource dataSource, CurrentTagger tagger, EnrichmentConfig config) {
        this.dataSource = dataSource;
        this.tagger = tagger;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (!config.kb().listen()) {
            return;
        }
        thread = new Thread(this::run, "kb-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        stopped.countDown();
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    private boolean running() {
        return stopped.getCount() > 0;
    }

    private void run() {
        while (running()) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + KbVersions.CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                LOG.debugf("listening for knowledge-base changes on %s", KbVersions.CHANNEL);
                // a change committed while nobody listened
                tagger.refreshIfStale();
                while (running()) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        LOG.debugf("knowledge base changed to version %s", notifications[notifications.length - 1].getParameter());
                        tagger.refreshIfStale();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running()) {
                    LOG.warnf("not listening for knowledge-base changes (polling still runs), retrying in %d s: %s",
                            RETRY_SECONDS, e.getMessage());
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            stopped.await(RETRY_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped.countDown();
        }
    }
}
