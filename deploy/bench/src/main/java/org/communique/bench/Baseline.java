package org.communique.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own {@code ProducerPerformance} (kafka-tools) against the same broker, as a child JVM: the rate
 * the raw broker takes 4 KB records at, with the services' producer settings ({@code acks=all}, idempotent).
 */
final class Baseline {

    static final String TOPIC = "bench.baseline";
    static final int RECORD_SIZE = 4096;
    private static final Pattern SUMMARY = Pattern.compile(
            "(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\), ([\\d.]+) ms avg latency, "
                    + "([\\d.]+) ms max latency, (\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th");

    record Result(long records, double recordsPerSecond, double megabytesPerSecond, double avgLatencyMs,
                  double p99LatencyMs, String summary) {
    }

    private Baseline() {
    }

    static Result run(String bootstrap, long records, Progress progress) throws IOException, InterruptedException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                throw new IOException("creating " + TOPIC + ": " + e.getCause(), e);
            }
        }
        progress.say("baseline: Kafka's ProducerPerformance, " + records + " records of " + RECORD_SIZE + " B...");
        Process process = new ProcessBuilder(Java.command(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.apache.kafka.tools.ProducerPerformance", "--topic", TOPIC, "--num-records", Long.toString(records),
                "--record-size", Integer.toString(RECORD_SIZE), "--throughput", "-1", "--producer-props",
                "bootstrap.servers=" + bootstrap, "acks=all", "enable.idempotence=true")
                .redirectErrorStream(true).start();
        String summary = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (SUMMARY.matcher(line).find()) {
                    summary = line.trim();
                }
            }
        }
        int exit = process.waitFor();
        if (summary == null) {
            throw new IOException("ProducerPerformance printed no summary (exit " + exit + ")");
        }
        Matcher m = SUMMARY.matcher(summary);
        m.find();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.deleteTopics(List.of(TOPIC)).all().get();
        } catch (ExecutionException e) {
            progress.warn("could not delete " + TOPIC + ": " + e.getCause());
        }
        return new Result(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                Double.parseDouble(m.group(4)), Double.parseDouble(m.group(8)), summary);
    }
}
