package org.communique.notifier.bench;

import org.communique.contracts.EnrichedRelease;
import org.communique.notifier.matching.ReleaseFacts;
import org.communique.notifier.matching.SubscriptionIndex;
import org.communique.notifier.matching.SubscriptionMatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Cost of matching one release against the subscription index (the matcher alone: no database, no
 * Kafka), at 10k, 100k and 1M active subscriptions, and the once-per-release cost of extracting the
 * release's facts (tokenising and stemming ~400 words). How to run: see the module's report, or
 * {@code java -cp <test classpath> org.openjdk.jmh.Main SubscriptionMatchingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-Xms2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SubscriptionMatchingBenchmark {

    private static final int RELEASES = 256;

    @Param({"10000", "100000", "1000000"})
    int subscriptions;

    private SubscriptionIndex index;
    private ReleaseFacts[] facts;
    private EnrichedRelease[] releases;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        SyntheticSubscriptions generator = new SyntheticSubscriptions(subscriptions, 42);
        index = new SubscriptionIndex();
        for (int i = 0; i < subscriptions; i++) {
            index.put(new UUID(0, i), generator.filter(i));
        }
        releases = new EnrichedRelease[RELEASES];
        facts = new ReleaseFacts[RELEASES];
        long matched = 0;
        int most = 0;
        for (int i = 0; i < RELEASES; i++) {
            releases[i] = generator.release();
            facts[i] = ReleaseFacts.of(releases[i]);
            int count = index.matching(facts[i]).size();
            matched += count;
            most = Math.max(most, count);
        }
        System.out.printf("%n%d subscriptions: a release matches %.1f on average, %d at most%n",
                subscriptions, (double) matched / RELEASES, most);
    }

    @Benchmark
    public List<SubscriptionMatch> matchOneRelease() {
        return index.matching(facts[next++ & (RELEASES - 1)]);
    }

    @Benchmark
    public ReleaseFacts extractFactsOfOneRelease() {
        return ReleaseFacts.of(releases[next++ & (RELEASES - 1)]);
    }
}
