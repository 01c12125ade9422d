package org.communique.cli;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.communique.contracts.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

/**
 * Re-enrichment after a knowledge-base change: the records of press.releases since a time are written to
 * the topic again, unchanged (same key, same ce_id), so enrichment tags them with today's knowledge base.
 * The notifier stores one alert per subscription and release, so nobody is alerted twice for a release
 * already alerted; subscribers whose filters now match get their alert.
 */
@Command(name = "replay", description = {"Re-enrich releases since a time: press.releases records are sent again "
        + "(same key and ce_id), so enrichment tags them with the current knowledge base.",
        "Nobody is alerted twice: the notifier keeps one alert per subscription and release."})
class ReplayCommand implements Callable<Integer> {

    @Mixin
    Broker broker;

    @Spec
    CommandSpec spec;

    @Option(names = "--since", required = true, paramLabel = "TIME",
            description = "an instant (2024-02-01T09:00:00Z), a date (2024-02-01, UTC) or a duration back from now (PT6H, P2D)")
    String since;

    @Option(names = "--topic", defaultValue = Topics.PRESS_RELEASES, description = "the topic to replay (default ${DEFAULT-VALUE})")
    String topic;

    @Option(names = "--dry-run", description = "count what would be replayed, send nothing")
    boolean dryRun;

    static Instant parseSince(String text, Instant now) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException ignored) {
            // not an instant
        }
        try {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException ignored) {
            // not a date
        }
        try {
            String upper = text.toUpperCase();
            Duration back = upper.startsWith("P") && !upper.contains("T") && upper.endsWith("D")
                    ? Duration.ofDays(Long.parseLong(upper.substring(1, upper.length() - 1)))
                    : Duration.parse(upper);
            return now.minus(back);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--since: not an instant, a date or a duration: " + text);
        }
    }

    @Override
    public Integer call() throws Exception {
        Instant from;
        try {
            from = parseSince(since, Instant.now());
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        try (KafkaConsumer<String, String> consumer = broker.consumer()) {
            List<TopicPartition> partitions = DlqCommand.partitions(consumer, topic);
            if (partitions.isEmpty()) {
                spec.commandLine().getErr().println("no such topic: " + topic);
                return 2;
            }
            Map<TopicPartition, Long> query = new HashMap<>();
            partitions.forEach(tp -> query.put(tp, from.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(query);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            consumer.assign(partitions);
            long total = 0;
            for (TopicPartition tp : partitions) {
                OffsetAndTimestamp start = starts.get(tp);
                long offset = start == null ? end.get(tp) : start.offset();
                consumer.seek(tp, offset);
                total += end.get(tp) - offset;
            }
            out.printf("%s: %d record(s) since %s%s%n", topic, total, from, dryRun ? " (dry run: nothing sent)" : "");
            out.flush();
            if (dryRun || total == 0) {
                return 0;
            }
            long done = replay(consumer, end, total);
            out.printf("replayed %d record(s) to %s%n", done, topic);
            out.flush();
        }
        return 0;
    }

    private long replay(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end, long total)
            throws Exception {
        Progress progress = new Progress(spec.commandLine().getErr(), "replaying", total);
        long done = 0;
        try (KafkaProducer<String, String> producer = broker.producer()) {
            while (done < total) {
                var records = consumer.poll(Duration.ofSeconds(2));
                if (records.isEmpty()) {
                    break;
                }
                List<Future<?>> sends = new ArrayList<>();
                for (ConsumerRecord<String, String> r : records) {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    if (r.offset() >= end.get(tp)) {
                        continue;
                    }
                    ProducerRecord<String, String> again = new ProducerRecord<>(topic, r.key(), r.value());
                    r.headers().forEach(again.headers()::add);
                    sends.add(producer.send(again));
                }
                for (Future<?> send : sends) {
                    send.get();
                    progress.update(++done);
                }
                boolean finished = end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
                if (finished) {
                    break;
                }
            }
        }
        progress.done(done);
        return done;
    }
}
