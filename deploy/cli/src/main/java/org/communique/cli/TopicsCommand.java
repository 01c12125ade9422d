package org.communique.cli;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

@Command(name = "topics", description = "Every topic with its partitions and how many records it holds.")
class TopicsCommand implements Callable<Integer> {

    @Mixin
    Broker broker;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Admin admin = broker.admin()) {
            Set<String> names = new TreeSet<>(admin.listTopics().names().get());
            Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get();
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            topics.values().forEach(t -> t.partitions().forEach(p -> {
                TopicPartition tp = new TopicPartition(t.name(), p.partition());
                earliest.put(tp, OffsetSpec.earliest());
                latest.put(tp, OffsetSpec.latest());
            }));
            var begin = admin.listOffsets(earliest).all().get();
            var end = admin.listOffsets(latest).all().get();
            out.printf("%-32s %10s %10s%n", "TOPIC", "PARTITIONS", "RECORDS");
            for (String name : names) {
                long records = 0;
                for (var p : topics.get(name).partitions()) {
                    TopicPartition tp = new TopicPartition(name, p.partition());
                    records += end.get(tp).offset() - begin.get(tp).offset();
                }
                out.printf("%-32s %10d %10d%n", name, topics.get(name).partitions().size(), records);
            }
            out.flush();
        }
        return 0;
    }
}
