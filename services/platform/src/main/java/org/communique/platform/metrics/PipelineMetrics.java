package org.communique.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The pipeline's business metrics, the same names in every service, so one dashboard sums them:
 * {@code communique_pipeline_records_total{stage}} counts records at each stage, and
 * {@code communique_pipeline_ingest_to_alert_seconds} (a histogram) is the time from a release's
 * ingestion to the alerts made for it. A service registers the stages it sees when it first counts them.
 */
@Singleton
public class PipelineMetrics {

    public static final String RECORDS = "communique.pipeline.records";
    public static final String INGEST_TO_ALERT = "communique.pipeline.ingest.to.alert";

    /** The stages, as the {@code stage} tag spells them. */
    public enum Stage {
        /** a release (or a new version) acknowledged on press.releases; ingest */
        INGESTED("ingested"),
        /** a release tagged and acknowledged on press.releases.enriched; enrichment */
        TAGGED("tagged"),
        /** an alert made for a subscription whose filter matched; notifier */
        MATCHED("matched"),
        /** a delivery that succeeded; notifier */
        DELIVERED("delivered"),
        /** a delivery attempt that failed and will be retried; notifier */
        RETRIED("retried"),
        /** a delivery given up on after its last attempt; notifier */
        FAILED("failed"),
        /** a consumed record sent to its dead-letter topic; enrichment and notifier */
        DEAD_LETTERED("dead-lettered");

        private final String tag;

        Stage(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }
    }

    private final MeterRegistry registry;
    private final Map<Stage, Counter> counters = new EnumMap<>(Stage.class);
    private Timer ingestToAlert;

    public PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Makes a stage's counter visible at 0 before anything was counted. */
    public void register(Stage... stages) {
        for (Stage stage : stages) {
            counter(stage);
        }
    }

    public void count(Stage stage) {
        counter(stage).increment();
    }

    public void count(Stage stage, int records) {
        if (records > 0) {
            counter(stage).increment(records);
        }
    }

    /** One release's ingestion-to-alert time; negative times (clock skew between hosts) count as zero. */
    public void ingestToAlert(Duration latency) {
        ingestToAlertTimer().record(latency.isNegative() ? Duration.ZERO : latency);
    }

    /** Makes the ingest-to-alert histogram visible before the first alert. */
    public synchronized Timer ingestToAlertTimer() {
        if (ingestToAlert == null) {
            ingestToAlert = Timer.builder(INGEST_TO_ALERT)
                    .description("Time from a release's ingestion to the alerts made for it")
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(10))
                    .maximumExpectedValue(Duration.ofHours(2))
                    .register(registry);
        }
        return ingestToAlert;
    }

    private synchronized Counter counter(Stage stage) {
        return counters.computeIfAbsent(stage, s -> Counter.builder(RECORDS)
                .description("Records at each stage of the pipeline")
                .tag("stage", s.tag())
                .register(registry));
    }
}
