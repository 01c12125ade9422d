package org.communique.notifier.pages;

import jakarta.inject.Singleton;
import org.communique.notifier.sources.SourceHealthStore;
import org.communique.notifier.sources.SourceState;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * What the operator page shows: the sources with their health (as the notifier last heard on sources.health), the
 * topics with sizes and rates, consumer lag, and the newest dead letters; and the replay of one. Kafka and the
 * database are read independently, so one being down still shows the other.
 */
@Singleton
class OperatorDashboard {

    private static final Logger LOG = Logger.getLogger(OperatorDashboard.class);
    static final int SOURCES_SHOWN = 500;

    @io.quarkus.qute.TemplateData
    record Source(String name, String id, String status, int failures, String lastError, String changedAt) {
    }

    record View(List<Source> sources, List<KafkaView.TopicRow> topics, List<KafkaView.LagRow> lag,
                List<KafkaView.DeadLetter> letters, String problem) {
    }

    private final KafkaView kafka;
    private final SourceHealthStore health;
    private final OperatorConfig config;

    OperatorDashboard(KafkaView kafka, SourceHealthStore health, OperatorConfig config) {
        this.kafka = kafka;
        this.health = health;
        this.config = config;
    }

    View view() {
        StringBuilder problem = new StringBuilder();
        List<Source> sources = List.of();
        try {
            sources = health.all(SOURCES_SHOWN).stream().map(OperatorDashboard::source).toList();
        } catch (RuntimeException e) {
            LOG.warnf("operator page: source health not readable: %s", e.toString());
            problem.append("Source health is not readable: ").append(e.getMessage()).append(". ");
        }
        try {
            return new View(sources, kafka.topics(), kafka.lag(), kafka.deadLetters(config.deadLettersShown()),
                    problem.isEmpty() ? null : problem.toString());
        } catch (Exception e) {
            LOG.warnf("operator page: Kafka not readable: %s", e.toString());
            problem.append("Kafka is not reachable: ").append(e.getMessage());
            return new View(sources, List.of(), List.of(), List.of(), problem.toString());
        }
    }

    String replay(String topic, int partition, long offset) throws Exception {
        return kafka.replay(topic, partition, offset);
    }

    private static Source source(SourceState s) {
        return new Source(s.sourceName(), s.sourceId().toString(), s.status().name(), s.consecutiveFailures(),
                s.lastError(), s.changedAt() == null ? "" : s.changedAt().toString());
    }
}
