package org.communique.cli;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "tail", description = {"Follows a topic and prints its records readably, with their tags.",
        "Starts at the end unless --from-beginning or --last N; Ctrl-C stops."})
class TailCommand implements Callable<Integer> {

    @Mixin
    Broker broker;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TOPIC", description = "e.g. press.releases.enriched")
    String topic;

    @Option(names = "--country", paramLabel = "CC", description = "only records about this country (ISO code)")
    String country;

    @Option(names = "--type", paramLabel = "TYPE", description = "only records with this event: VISIT, TALKS, CALL, MEETING, AGREEMENT")
    String type;

    @Option(names = "--from-beginning", description = "read the whole topic first")
    boolean fromBeginning;

    @Option(names = "--last", paramLabel = "N", description = "start N records before the end of each partition")
    Long last;

    @Option(names = "--max", paramLabel = "N", description = "stop after printing N records")
    Long max;

    @Option(names = "--idle-timeout", paramLabel = "DURATION", description = "stop after this long without a record (e.g. PT10S)")
    Duration idleTimeout;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (KafkaConsumer<String, String> consumer = broker.consumer()) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(20));
            if (partitions == null || partitions.isEmpty()) {
                spec.commandLine().getErr().println("no such topic: " + topic);
                return 2;
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(assigned);
            position(consumer, assigned);
            long printed = 0;
            long idleSince = System.nanoTime();
            while (max == null || printed < max) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    if (idleTimeout != null && System.nanoTime() - idleSince > idleTimeout.toNanos()) {
                        break;
                    }
                    continue;
                }
                idleSince = System.nanoTime();
                for (ConsumerRecord<String, String> record : records) {
                    RecordView view = new RecordView(record);
                    if (view.matches(country, type)) {
                        out.println(view.render());
                        out.flush();
                        if (max != null && ++printed >= max) {
                            break;
                        }
                    }
                }
            }
        }
        return 0;
    }

    private void position(KafkaConsumer<String, String> consumer, List<TopicPartition> assigned) {
        if (fromBeginning) {
            consumer.seekToBeginning(assigned);
            return;
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
        if (last == null) {
            consumer.seekToEnd(assigned);
            assigned.forEach(consumer::position);
            return;
        }
        Map<TopicPartition, Long> begin = new HashMap<>(consumer.beginningOffsets(assigned));
        for (TopicPartition tp : assigned) {
            consumer.seek(tp, Math.max(begin.get(tp), end.get(tp) - last));
        }
    }
}
