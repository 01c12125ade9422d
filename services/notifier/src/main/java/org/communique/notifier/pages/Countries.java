package org.communique.notifier.pages;

import io.quarkus.qute.TemplateData;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Country names for the pickers in ru, en, kk and ky (the JDK's CLDR data), by ISO 3166-1 code: the
 * browser's own autocomplete over a datalist, so the picker needs no JavaScript.
 */
final class Countries {

    @TemplateData
    record Country(String code, String name, String aliases) {
    }

    private static final Map<String, List<Country>> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final List<Locale> OTHERS = List.of(Locale.forLanguageTag("ru"), Locale.ENGLISH,
            Locale.forLanguageTag("kk"), Locale.forLanguageTag("ky"));

    private Countries() {
    }

    static List<Country> in(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, Countries::load);
    }

    private static List<Country> load(String language) {
        Locale locale = Locale.forLanguageTag(language);
        List<Country> countries = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            StringBuilder aliases = new StringBuilder();
            for (Locale other : OTHERS) {
                String name = country.getDisplayCountry(other);
                if (!name.isBlank() && !name.equals(code)) {
                    aliases.append(aliases.isEmpty() ? "" : " / ").append(name);
                }
            }
            countries.add(new Country(code, country.getDisplayCountry(locale), aliases.toString()));
        }
        Collator collator = Collator.getInstance(locale);
        countries.sort((a, b) -> collator.compare(a.name(), b.name()));
        return List.copyOf(countries);
    }
}
