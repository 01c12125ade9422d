package org.communique.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metrics that deploy/monitoring's Grafana dashboard and Prometheus rules use, and whether the running
 * services expose them: every metric name and every {@code stage} they name must be in some service's
 * /q/metrics. Prometheus' own functions and labels are not metric names and are ignored.
 */
final class MonitoringCheck {

    private static final Pattern METRIC = Pattern.compile("\\b((?:communique|kafka|http_server|jvm)_[a-z0-9_]+)\\b");
    private static final Pattern STAGE = Pattern.compile("stage=\\\\?\"([a-z-]+)\\\\?\"");

    private MonitoringCheck() {
    }

    static List<Path> files(Path root) {
        Path monitoring = root.resolve("deploy/monitoring");
        return List.of(monitoring.resolve("grafana/communique-pipeline.json"),
                monitoring.resolve("prometheus/communique-rules.yml"));
    }

    static Set<String> metricsUsed(List<Path> files) throws IOException {
        Set<String> names = new TreeSet<>();
        for (Path file : files) {
            Matcher m = METRIC.matcher(Files.readString(file));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    static Set<String> stagesUsed(List<Path> files) throws IOException {
        Set<String> stages = new TreeSet<>();
        for (Path file : files) {
            Matcher m = STAGE.matcher(Files.readString(file));
            while (m.find()) {
                stages.add(m.group(1));
            }
        }
        return stages;
    }

    static String scrape(List<String> baseUrls) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        StringBuilder all = new StringBuilder();
        for (String base : baseUrls) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/q/metrics"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            all.append(response.body()).append('\n');
        }
        return all.toString();
    }

    /** What the files use and no service exposes. */
    static List<String> missing(List<Path> files, String exposition) throws IOException {
        Set<String> exposed = new TreeSet<>();
        for (String line : exposition.split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                exposed.add(line.split("[{ ]", 2)[0]);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String name : metricsUsed(files)) {
            if (!exposed.contains(name)) {
                missing.add(name);
            }
        }
        for (String stage : stagesUsed(files)) {
            if (!exposition.contains("stage=\"" + stage + "\"")) {
                missing.add("communique_pipeline_records_total{stage=\"" + stage + "\"}");
            }
        }
        return missing;
    }
}
