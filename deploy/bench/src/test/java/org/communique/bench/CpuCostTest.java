package org.communique.bench;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CpuCostTest {

    @Test
    void procStatFieldsAreCountedFromTheLastParenthesis() {
        // a command name with a space and a parenthesis of its own, as a thread may rename itself
        String line = "4242 (java (x) y) S 17 4242 4242 0 -1 4194560 123 0 0 0 1500 300 20 7 20 0 42 0 1000 "
                + "4000000000 50000 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";
        ProcStat stat = ProcStat.parse(line);
        assertThat(stat.pid()).isEqualTo(4242);
        assertThat(stat.parentPid()).isEqualTo(17);
        assertThat(stat.userTicks()).isEqualTo(1500);
        assertThat(stat.systemTicks()).isEqualTo(300);
        assertThat(stat.childUserTicks()).isEqualTo(20);
        assertThat(stat.childSystemTicks()).isEqualTo(7);
        assertThat(stat.ownTicks()).isEqualTo(1800);
        assertThat(stat.totalTicks()).isEqualTo(1827);
    }

    @Test
    void procStatRefusesWhatIsNotOne() {
        assertThatThrownBy(() -> ProcStat.parse("no parentheses here")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProcStat.parse("1 (x) S 0 1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void machineStatSumsBusyAndIdleTime() {
        MachineStat stat = MachineStat.parse("cpu  100 5 40 1000 20 3 2 1 0 0");
        assertThat(stat.busyTicks()).isEqualTo(100 + 5 + 40 + 3 + 2 + 1);
        assertThat(stat.idleTicks()).isEqualTo(1020);
        assertThatThrownBy(() -> MachineStat.parse("cpu0 1 2 3 4 5 6 7")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void processNamesComeFromTheCommandLine() {
        assertThat(CpuSampler.nameOf("/usr/bin/java -Xmx512m -jar /r/services/ingest/target/quarkus-app/quarkus-run.jar"))
                .isEqualTo("ingest");
        assertThat(CpuSampler.nameOf("java -cp /r/lib/* kafka.Kafka /h/kafka/server.properties")).isEqualTo("kafka");
        assertThat(CpuSampler.nameOf("java -jar deploy/local/target/local-stack.jar")).isEqualTo(CpuSampler.LAUNCHER);
    }

    @Test
    void postgresBackendsAreNamedByTheirDatabase() {
        assertThat(CpuSampler.databaseOf("postgres: postgres ingest 127.0.0.1(51234) idle in transaction ")).isEqualTo("ingest");
        assertThat(CpuSampler.databaseOf("postgres: postgres notifier [local] SELECT")).isEqualTo("notifier");
        assertThat(CpuSampler.databaseOf("postgres: checkpointer ")).isNull();
        assertThat(CpuSampler.databaseOf("postgres: autovacuum worker ingest")).isNull();
    }

    @Test
    void aBackendThatEndedCountsForNoDatabaseRatherThanLessThanNothing() {
        CpuSampler.Snapshot before = new CpuSampler.Snapshot(0, Map.of("postgresql", 100L), new MachineStat(0, 0),
                Map.of("ingest", 80L, "other", 20L));
        CpuSampler.Snapshot after = new CpuSampler.Snapshot(1_000_000_000L, Map.of("postgresql", 150L),
                new MachineStat(0, 0), Map.of("ingest", 30L, "other", 120L));
        CpuCost cost = CpuCost.between(before, after, 100, 2, 10, true);
        assertThat(cost.postgresByDatabase()).containsEntry("ingest", 0.0).containsEntry("other", 1000.0);
        assertThat(cost.cpuMillis("postgresql")).isCloseTo(500, within(1e-9));
    }

    @Test
    void costPerReleaseShareOfTheMachineAndCapacity() {
        // 10 s of wall on 2 cores, 100 ticks a second, 2,000 releases accepted
        CpuSampler.Snapshot before = snapshot(0, Map.of("ingest", 1000L, "postgresql", 500L, "kafka", 100L,
                CpuSampler.CLIENT, 50L), 10_000, 5_000);
        CpuSampler.Snapshot after = snapshot(10_000_000_000L, Map.of("ingest", 1600L, "postgresql", 700L,
                "kafka", 200L, CpuSampler.CLIENT, 150L), 11_500, 5_500);
        CpuCost cost = CpuCost.between(before, after, 100, 2, 2000, true);

        assertThat(cost.wallMillis()).isCloseTo(10_000, within(1e-9));
        // ingest: 600 ticks = 6,000 ms; 3 ms per release; 6 s of 20 core-seconds
        CpuCost.Process ingest = cost.processes().stream().filter(p -> p.name().equals("ingest")).findFirst().orElseThrow();
        assertThat(ingest.cpuMillis()).isCloseTo(6000, within(1e-9));
        assertThat(ingest.msPerRelease()).isCloseTo(3.0, within(1e-9));
        assertThat(ingest.machineShare()).isCloseTo(0.3, within(1e-9));
        // the stack is ingest + postgresql + kafka (the client is not part of it): 9,000 ms, 4.5 ms per release
        assertThat(cost.stackCpuMillis()).isCloseTo(9000, within(1e-9));
        assertThat(cost.stackMsPerRelease()).isCloseTo(4.5, within(1e-9));
        assertThat(cost.capacityPerSecond()).isCloseTo(2 * 1000 / 4.5, within(1e-9));
        // the machine was busy 1,500 ticks = 15 s of 20; 10 s of it were ours, the rest someone else's
        assertThat(cost.machineBusyShare()).isCloseTo(0.75, within(1e-9));
        assertThat(cost.otherCpuMillis()).isCloseTo(5000, within(1e-9));
        assertThat(cost.json()).containsEntry("capacityPerSecond", 444.4).containsEntry("stackCpuMsPerRelease", 4.5);
    }

    @Test
    void withoutAStackOrReleasesThereIsNoCapacity() {
        CpuSampler.Snapshot before = snapshot(0, Map.of(CpuSampler.CLIENT, 0L), 0, 0);
        CpuSampler.Snapshot after = snapshot(1_000_000_000L, Map.of(CpuSampler.CLIENT, 10L), 10, 190);
        assertThat(CpuCost.between(before, after, 100, 2, 100, false).capacityPerSecond()).isZero();
        assertThat(CpuCost.between(before, after, 100, 2, 100, false).json()).doesNotContainKey("capacityPerSecond");
        CpuCost none = CpuCost.between(before, after, 100, 2, 0, true);
        assertThat(none.processes().get(0).msPerRelease()).isZero();
        assertThat(none.capacityPerSecond()).isZero();
    }

    private static CpuSampler.Snapshot snapshot(long nanoTime, Map<String, Long> ticks, long busy, long idle) {
        return new CpuSampler.Snapshot(nanoTime, new LinkedHashMap<>(ticks), new MachineStat(busy, idle));
    }
}
