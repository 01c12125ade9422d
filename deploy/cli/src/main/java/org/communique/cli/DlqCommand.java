package org.communique.cli;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.communique.contracts.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "dlq", description = {"Lists the dead letters of a topic (its <topic>.dlq) with their reasons.",
        "`dlq replay <topic> <offset>` sends one back to the topic it came from."},
        subcommands = DlqCommand.Replay.class)
class DlqCommand implements Callable<Integer> {

    @Mixin
    Broker broker;

    @Spec
    CommandSpec spec;

    // optional here so that `dlq replay ...` parses; required when listing
    @Parameters(index = "0", arity = "0..1", paramLabel = "TOPIC", description = "the topic (press.releases) or its dead-letter topic")
    String topic;

    @Option(names = "--max", paramLabel = "N", defaultValue = "100", description = "at most N records, the newest (default 100)")
    long max;

    static String dlqTopic(String topic) {
        return topic.endsWith(Topics.DEAD_LETTER_SUFFIX) ? topic : Topics.deadLetter(topic);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (topic == null) {
            spec.commandLine().getErr().println("usage: dlq TOPIC | dlq replay TOPIC OFFSET");
            return 2;
        }
        String dlq = dlqTopic(topic);
        try (KafkaConsumer<String, String> consumer = broker.consumer()) {
            List<TopicPartition> partitions = partitions(consumer, dlq);
            if (partitions.isEmpty()) {
                out.println(dlq + ": no such topic (nothing was ever dead-lettered there)");
                out.flush();
                return 0;
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            long total = 0;
            for (TopicPartition tp : partitions) {
                total += end.get(tp) - begin.get(tp);
                consumer.seek(tp, Math.max(begin.get(tp), end.get(tp) - max));
            }
            out.printf("%s: %d dead letter(s)%n", dlq, total);
            long remaining = partitions.stream().mapToLong(tp -> end.get(tp) - consumer.position(tp)).sum();
            while (remaining > 0) {
                var records = consumer.poll(Duration.ofSeconds(2));
                if (records.isEmpty()) {
                    break;
                }
                for (ConsumerRecord<String, String> record : records) {
                    remaining--;
                    out.printf("offset %d (partition %d)  key=%s  from %s@%s:%s%n    reason: %s%n    %s%n",
                            record.offset(), record.partition(), record.key(),
                            RecordView.header(record, "dead-letter-topic"),
                            RecordView.header(record, "dead-letter-partition"),
                            RecordView.header(record, "dead-letter-offset"),
                            RecordView.header(record, "dead-letter-reason"),
                            RecordView.abbreviate(String.valueOf(record.value()), 160));
                }
            }
            out.flush();
        }
        return 0;
    }

    static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        Map<String, List<PartitionInfo>> topics = consumer.listTopics(Duration.ofSeconds(20));
        List<PartitionInfo> infos = topics.get(topic);
        return infos == null ? List.of() : infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    @Command(name = "replay", description = "Sends one dead letter back to the topic it was read from, "
            + "with its key and CloudEvents headers (the dead-letter headers dropped).")
    static class Replay implements Callable<Integer> {

        @Mixin
        Broker broker;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TOPIC", description = "the topic or its dead-letter topic")
        String topic;

        @Parameters(index = "1", paramLabel = "OFFSET", description = "the dead letter's offset (see `dlq TOPIC`)")
        long offset;

        @Option(names = "--partition", defaultValue = "0", description = "the dead letter's partition (default 0)")
        int partition;

        @Override
        public Integer call() throws Exception {
            String dlq = dlqTopic(topic);
            TopicPartition tp = new TopicPartition(dlq, partition);
            ConsumerRecord<String, String> letter = null;
            try (KafkaConsumer<String, String> consumer = broker.consumer()) {
                if (!partitions(consumer, dlq).contains(tp)) {
                    spec.commandLine().getErr().println("no such partition: " + tp);
                    return 2;
                }
                consumer.assign(List.of(tp));
                long end = consumer.endOffsets(List.of(tp)).get(tp);
                if (offset < consumer.beginningOffsets(List.of(tp)).get(tp) || offset >= end) {
                    spec.commandLine().getErr().println("no record at offset " + offset + " of " + tp);
                    return 2;
                }
                consumer.seek(tp, offset);
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (letter == null && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                        if (r.offset() == offset) {
                            letter = r;
                            break;
                        }
                    }
                }
            }
            if (letter == null) {
                spec.commandLine().getErr().println("could not read offset " + offset + " of " + tp);
                return 1;
            }
            String origin = RecordView.header(letter, "dead-letter-topic");
            if (origin == null) {
                origin = dlq.substring(0, dlq.length() - Topics.DEAD_LETTER_SUFFIX.length());
            }
            ProducerRecord<String, String> again = new ProducerRecord<>(origin, letter.key(), letter.value());
            for (Header h : letter.headers()) {
                if (!h.key().startsWith("dead-letter-")) {
                    again.headers().add(h);
                }
            }
            try (KafkaProducer<String, String> producer = broker.producer()) {
                RecordMetadata sent = producer.send(again).get();
                PrintWriter out = spec.commandLine().getOut();
                out.printf("replayed %s@%d to %s (partition %d, offset %d)%n", tp, offset, origin,
                        sent.partition(), sent.offset());
                out.flush();
            }
            return 0;
        }
    }
}
