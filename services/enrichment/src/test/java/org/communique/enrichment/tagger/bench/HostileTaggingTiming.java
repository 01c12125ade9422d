package org.communique.enrichment.tagger.bench;

import org.communique.contracts.EventJson;
import org.communique.contracts.Tags;
import org.communique.enrichment.tagger.TagInput;
import org.communique.enrichment.tagger.Tagger;
import org.communique.enrichment.tagger.kb.KbDataFiles;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time (load-independent) and wall time of tagging each of a set of 1 MiB adversarial texts, steady state
 * (three warm-up rounds, then the best and worst of five). Asserts nothing. Arguments: the first letters of the
 * texts to time (all if none or empty) and their size in KiB (1024 if none). Run with the test classpath:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.communique.enrichment.tagger.bench.HostileTaggingTiming}.
 */
public final class HostileTaggingTiming {

    private static int size = 1 << 20;

    private HostileTaggingTiming() {
    }

    /** The adversarial texts, each about 1 MiB of characters, by name. */
    public static Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("honest release", fill(BigReleaseTiming.RELEASE));
        texts.put("one word of а", "а".repeat(size));
        texts.put("one word of a", "a".repeat(size));
        texts.put("Казахстан x", fill("Казахстан "));
        texts.put("country names", fill("Казахстан Кыргызстан Россия Китай Узбекистан Франция Германия "));
        texts.put("Садыр Жапаров x", fill("Садыр Жапаров "));
        texts.put("capitalised words", capitalisedWords());
        texts.put("office words", fill("Президент министр иностранных дел премьер-министр председатель "));
        texts.put("Президент x", fill("Президент "));
        texts.put("head of state", fill("Глава государства. Казахстан. "));
        texts.put("bare minister", fill("узбекский министр "));
        texts.put("our President", fill("Наш Президент "));
        texts.put("quoted office", fill("«Министр иностранных дел проведёт переговоры», — сказал Токаев. "));
        texts.put("ambassador named", fill("Посол Казахстана Токаев "));
        texts.put("counterpart", fill("Tokayev met his counterpart from Uzbekistan and China. "));
        texts.put("own counterpart", fill("Токаев провёл переговоры с казахстанским коллегой. "));
        texts.put("two leaders", fill("Tokayev and Mirziyoyev. The two leaders "));
        texts.put("country list", fill("Казахстан, Кыргызстан, Россия, Китай, "));
        texts.put("визит x", fill("визит "));
        texts.put("1 февраля x", fill("1 февраля "));
        texts.put("nested tags", fill("<div><span><a href='"));
        texts.put("<a x", fill("<a"));
        texts.put("unclosed «(", fill("«(\"[ "));
        texts.put("spaces", " ".repeat(size));
        texts.put("full stops", ".".repeat(size));
        texts.put("hyphens", "-".repeat(size));
        texts.put("digits", "1".repeat(size));
        texts.put("Kazakh letters", fill("ӘҢҒҮҰҚӨҺ"));
        texts.put("one-letter words", fill("А "));
        return texts;
    }

    public static void main(String[] args) {
        Tagger tagger = Tagger.build(KbDataFiles.fromClasspath());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        String only = args.length > 0 && !args[0].isEmpty() ? args[0] : null;
        if (args.length > 1) {
            size = Integer.parseInt(args[1]) * 1024;
        }
        for (Map.Entry<String, String> e : texts().entrySet()) {
            if (only != null && !e.getKey().startsWith(only)) {
                continue;
            }
            TagInput input = new TagInput(null, e.getValue(), null, LocalDate.parse("2024-02-01"));
            for (int i = 0; i < 3; i++) {
                tagger.tag(input);
            }
            long minCpu = Long.MAX_VALUE;
            long maxCpu = 0;
            long minWall = Long.MAX_VALUE;
            long maxWall = 0;
            Tags tags = null;
            for (int round = 0; round < 5; round++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long started = System.nanoTime();
                tags = tagger.tag(input);
                long wall = (System.nanoTime() - started) / 1_000_000;
                long used = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
                minCpu = Math.min(minCpu, used);
                maxCpu = Math.max(maxCpu, used);
                minWall = Math.min(minWall, wall);
                maxWall = Math.max(maxWall, wall);
            }
            long mentions = tags.countries().stream().mapToLong(t -> t.mentions().size()).sum()
                    + tags.officials().stream().mapToLong(t -> t.mentions().size()).sum()
                    + tags.organizations().stream().mapToLong(t -> t.mentions().size()).sum();
            System.out.printf("%-18s %8d chars: CPU %4d-%4d ms, wall %4d-%4d ms; %6d mentions, %4d events, %8d chars JSON%n",
                    e.getKey(), e.getValue().length(), minCpu, maxCpu, minWall, maxWall, mentions,
                    tags.events().size(), EventJson.encode(tags).length());
        }
    }

    private static String fill(String unit) {
        return unit.repeat(Math.max(1, size / unit.length()));
    }

    private static String capitalisedWords() {
        StringBuilder out = new StringBuilder(size + 32);
        String[] first = {"Алтын", "Бекзат", "Ербол", "Нурлан", "Аскар", "Марат", "Тимур", "Ильяс"};
        String[] last = {"Абенов", "Сериков", "Жумабаев", "Токтогулов", "Исаков", "Омаров", "Бекова", "Ахметов"};
        int i = 0;
        while (out.length() < size) {
            out.append(first[i % first.length]).append(' ').append(last[(i / 3) % last.length]).append(' ');
            i++;
        }
        return out.toString();
    }
}
