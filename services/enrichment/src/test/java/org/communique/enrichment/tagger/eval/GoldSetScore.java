package org.communique.enrichment.tagger.eval;

import org.communique.contracts.Tags;
import org.communique.enrichment.tagger.TagInput;
import org.communique.enrichment.tagger.Tagger;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores a tagger against a gold set with the matching rules of the project's scorer: countries by code, officials
 * matched one to one by shared (transliteration-folded) name keys, the first VISIT event against the gold visit.
 * Adds what that scorer leaves out: the kind and date of detected visits.
 */
public final class GoldSetScore {

    /** Counts of true positives, false positives and false negatives. */
    public static final class Prf {
        int tp;
        int fp;
        int fn;

        void add(int tp, int fp, int fn) {
            this.tp += tp;
            this.fp += fp;
            this.fn += fn;
        }

        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String row(String name) {
            return String.format(Locale.ROOT, "%-26s P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d)", name, precision(), recall(),
                    f1(), tp, fp, fn);
        }
    }

    /** A share of right answers. */
    public record Ratio(int right, int total) {
        public double value() {
            return total == 0 ? 1.0 : (double) right / total;
        }

        String row(String name) {
            return String.format(Locale.ROOT, "%-26s %d/%d = %.3f", name, right, total, value());
        }
    }

    public final Prf countries = new Prf();
    public final Prf officialsCore = new Prf();
    public final Prf officialsAll = new Prf();
    public final Prf visitDetection = new Prf();
    private int roleOnlyHit;
    private int roleOnlyTotal;
    private int visitorAndHostRight;
    private int statusRight;
    private int kindRight;
    private int dateRight;
    private int documents;
    private final List<String> differences = new ArrayList<>();
    /** Visits found, by gold status and the tagger's («ongoing->completed»): where the status goes wrong, in aggregate. */
    private final Map<String, Integer> statusConfusion = new java.util.TreeMap<>();

    private GoldSetScore() {
    }

    public static GoldSetScore of(List<GoldDocument> docs, Tagger tagger) {
        GoldSetScore score = new GoldSetScore();
        for (GoldDocument doc : docs) {
            Tags tags = tagger.tag(new TagInput(doc.title(), doc.text(), null,
                    doc.published() == null ? null : LocalDate.parse(doc.published())));
            score.add(doc, tags);
        }
        return score;
    }

    public Ratio roleOnlyRecall() {
        return new Ratio(roleOnlyHit, roleOnlyTotal);
    }

    public Ratio visitorAndHost() {
        return new Ratio(visitorAndHostRight, visitDetection.tp);
    }

    public Ratio status() {
        return new Ratio(statusRight, visitDetection.tp);
    }

    public Ratio kind() {
        return new Ratio(kindRight, visitDetection.tp);
    }

    public Ratio date() {
        return new Ratio(dateRight, visitDetection.tp);
    }

    /** One line per document where the tagger and the gold set disagree. */
    public List<String> differences() {
        return differences;
    }

    public String report() {
        return String.join("\n",
                "documents: " + documents,
                countries.row("countries"),
                officialsCore.row("officials (core)"),
                officialsAll.row("officials (all)"),
                roleOnlyRecall().row("role-only recall"),
                visitDetection.row("visit detection"),
                visitorAndHost().row("visit visitor+host right"),
                status().row("visit status right"),
                kind().row("visit kind right"),
                date().row("visit date right"),
                "visit status, gold->tagger " + statusConfusion);
    }

    private void add(GoldDocument doc, Tags tags) {
        documents++;
        Set<String> gold = new HashSet<>(doc.countries());
        Set<String> found = new HashSet<>();
        tags.countries().forEach(c -> found.add(c.code()));
        int tp = (int) gold.stream().filter(found::contains).count();
        countries.add(tp, found.size() - tp, gold.size() - tp);

        List<GoldDocument.Official> officials = doc.officials();
        List<Tags.OfficialTag> predicted = tags.officials();
        Map<Integer, Integer> pairs = match(officials, predicted);
        Set<Integer> used = new HashSet<>(pairs.values());
        int unmatched = predicted.size() - used.size();
        officialsAll.add(pairs.size(), unmatched, officials.size() - pairs.size());
        int coreGold = 0;
        int coreHit = 0;
        for (int i = 0; i < officials.size(); i++) {
            GoldDocument.Official o = officials.get(i);
            if (o.core()) {
                coreGold++;
                coreHit += pairs.containsKey(i) ? 1 : 0;
            }
            if (o.roleOnly()) {
                roleOnlyTotal++;
                roleOnlyHit += pairs.containsKey(i) ? 1 : 0;
            }
        }
        officialsCore.add(coreHit, unmatched, coreGold - coreHit);

        GoldDocument.Visit gv = doc.visit();
        Tags.EventTag pv = tags.events().stream().filter(e -> e.type() == Tags.EventType.VISIT).findFirst().orElse(null);
        String visitNote = "";
        if (gv != null && pv != null) {
            visitDetection.add(1, 0, 0);
            boolean pair = Objects.equals(gv.visitorCountry(), pv.visitorCountry()) && Objects.equals(gv.hostCountry(), pv.hostCountry());
            boolean status = pv.status() != null && pv.status().name().equalsIgnoreCase(gv.status());
            boolean kind = pv.kind() != null && pv.kind().name().equalsIgnoreCase(gv.kind());
            String date = pv.date() == null ? null : pv.date().value();
            boolean dated = Objects.equals(gv.when(), date);
            visitorAndHostRight += pair ? 1 : 0;
            statusRight += status ? 1 : 0;
            statusConfusion.merge(gv.status() + "->" + (pv.status() == null ? "null" : pv.status().name().toLowerCase(Locale.ROOT)),
                    1, Integer::sum);
            kindRight += kind ? 1 : 0;
            dateRight += dated ? 1 : 0;
            if (!pair || !status || !kind || !dated) {
                visitNote = String.format(" visit %s->%s/%s/%s/%s vs %s->%s/%s/%s/%s", pv.visitorCountry(), pv.hostCountry(),
                        pv.status(), pv.kind(), date, gv.visitorCountry(), gv.hostCountry(), gv.status(), gv.kind(), gv.when());
            }
        } else if (gv != null) {
            visitDetection.add(0, 0, 1);
            visitNote = " visit missed";
        } else if (pv != null) {
            visitDetection.add(0, 1, 0);
            visitNote = " visit spurious";
        }
        List<String> missingCountries = doc.countries().stream().filter(c -> !found.contains(c)).sorted().toList();
        List<String> extraCountries = found.stream().filter(c -> !gold.contains(c)).sorted().toList();
        List<String> missingOfficials = new ArrayList<>();
        for (int i = 0; i < officials.size(); i++) {
            if (!pairs.containsKey(i)) {
                missingOfficials.add(officials.get(i).nameEn());
            }
        }
        List<String> extraOfficials = new ArrayList<>();
        for (int i = 0; i < predicted.size(); i++) {
            if (!used.contains(i)) {
                extraOfficials.add(predicted.get(i).id());
            }
        }
        if (!missingCountries.isEmpty() || !extraCountries.isEmpty() || !missingOfficials.isEmpty()
                || !extraOfficials.isEmpty() || !visitNote.isEmpty()) {
            differences.add(doc.id() + ": countries -" + missingCountries + " +" + extraCountries + " officials -"
                    + missingOfficials + " +" + extraOfficials + visitNote);
        }
    }

    /** Greedy one-to-one matching by shared name keys, gold order first. */
    private static Map<Integer, Integer> match(List<GoldDocument.Official> gold, List<Tags.OfficialTag> predicted) {
        Map<Integer, Integer> pairs = new LinkedHashMap<>();
        Set<Integer> used = new HashSet<>();
        for (int g = 0; g < gold.size(); g++) {
            Set<String> goldKeys = keys(gold.get(g));
            for (int p = 0; p < predicted.size(); p++) {
                if (!used.contains(p) && keys(predicted.get(p)).stream().anyMatch(goldKeys::contains)) {
                    pairs.put(g, p);
                    used.add(p);
                    break;
                }
            }
        }
        return pairs;
    }

    private static Set<String> keys(GoldDocument.Official o) {
        Set<String> keys = new HashSet<>();
        keys.add(norm(o.nameEn()));
        keys.add(norm(o.nameRu()));
        if (o.aliases() != null) {
            o.aliases().forEach(a -> keys.add(norm(a)));
        }
        keys.remove("");
        return keys;
    }

    private static Set<String> keys(Tags.OfficialTag o) {
        Set<String> keys = new HashSet<>();
        keys.add(norm(o.name()));
        keys.add(norm(o.id()));
        if (o.names() != null) {
            o.names().values().forEach(n -> keys.add(norm(n)));
        }
        keys.remove("");
        return keys;
    }

    /** The scorer's name key: lower case, no diacritics or punctuation, transliteration variants folded. */
    static String norm(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder letters = new StringBuilder();
        s.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                .filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
        s = letters.toString().replace("dzh", "j").replace("zh", "j").replace("kh", "h").replace("ё", "е")
                .replace("y", "").replace("ь", "").replace("ъ", "");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
