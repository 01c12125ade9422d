package org.communique.cli;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "lag", description = "Consumer lag of every consumer group: committed offset, end offset, lag.")
class LagCommand implements Callable<Integer> {

    @Mixin
    Broker broker;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Admin admin = broker.admin()) {
            List<String> groups = admin.listConsumerGroups().all().get().stream()
                    .map(ConsumerGroupListing::groupId).sorted().toList();
            out.printf("%-28s %-32s %9s %12s %12s %8s%n", "GROUP", "TOPIC", "PARTITION", "COMMITTED", "END", "LAG");
            long total = 0;
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                if (committed.isEmpty()) {
                    continue;
                }
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                var end = admin.listOffsets(latest).all().get();
                List<TopicPartition> partitions = committed.keySet().stream()
                        .sorted(Comparator.comparing(TopicPartition::topic).thenComparing(TopicPartition::partition))
                        .toList();
                for (TopicPartition tp : partitions) {
                    OffsetAndMetadata offset = committed.get(tp);
                    long endOffset = end.get(tp).offset();
                    long lag = offset == null ? endOffset : Math.max(0, endOffset - offset.offset());
                    total += lag;
                    out.printf("%-28s %-32s %9d %12s %12d %8d%n", group, tp.topic(), tp.partition(),
                            offset == null ? "-" : Long.toString(offset.offset()), endOffset, lag);
                }
            }
            out.printf("total lag: %d%n", total);
            out.flush();
        }
        return 0;
    }
}
