package org.communique.enrichment.tagger.entities;

import java.util.Map;

/**
 * Offices that a Kazakh or Kyrgyz release names without a country when they are the writer's own state's: «Тышкы
 * иштер министри делегациянын курамында», «Сыртқы істер министрі мәлімдеді», «Министрлер Кабинетинин Төрагасы тосуп
 * алат», «Премьер-Министрмен кездесті». Like «Мемлекет басшысы», such a bare office is of Kazakhstan in Kazakh, of Kyrgyzstan in Kyrgyz; a country
 * named before it («Өзбекстан Сыртқы істер министрі») or a state referred back to still wins, being read first.
 */
final class HomeOffices {

    private static final Map<String, String> HOME = Map.ofEntries(
            Map.entry("kk:мемлекет басшысы", "KZ"), Map.entry("kk:мемлекет басшымыз", "KZ"),
            Map.entry("kk:ел президенті", "KZ"),
            Map.entry("kk:үкімет басшысы", "KZ"),
            Map.entry("kk:сыртқы істер министрі", "KZ"), Map.entry("kk:сім басшысы", "KZ"),
            Map.entry("kk:сыртқы істер министрлігінің басшысы", "KZ"),
            Map.entry("kk:министрлер кабинетінің төрағасы", "KZ"), Map.entry("kk:премьер-министр", "KZ"),
            // «Парламент Сенатының Төрағасы»: of Uzbekistan's Senate a Kazakh text names the state
            Map.entry("kk:сенат төрағасы", "KZ"), Map.entry("kk:сенат спикері", "KZ"),
            Map.entry("ky:мамлекет башчысы", "KG"), Map.entry("ky:мамлекет башчыбыз", "KG"),
            Map.entry("ky:өкмөт башчысы", "KG"),
            Map.entry("ky:тышкы иштер министри", "KG"), Map.entry("ky:тим башчысы", "KG"),
            Map.entry("ky:тышкы иштер министрлигинин башчысы", "KG"),
            Map.entry("ky:министрлер кабинетинин төрагасы", "KG"), Map.entry("ky:премьер-министр", "KG"));

    private HomeOffices() {
    }

    /** The writer's own state of a Kazakh or Kyrgyz text, or null for another language. */
    static String writer(String language) {
        return "kk".equals(language) ? "KZ" : "ky".equals(language) ? "KG" : null;
    }

    /** The writer's own state for a bare office phrase in a Kazakh or Kyrgyz text, or null. */
    static String country(String language, RolePhrase phrase) {
        return HOME.get(language + ":" + phrase.text());
    }
}
