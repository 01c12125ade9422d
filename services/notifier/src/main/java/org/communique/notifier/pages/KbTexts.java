package org.communique.notifier.pages;

import java.util.HashMap;
import java.util.Map;

/** The knowledge-base editor's words in Russian and English, on top of the pages' own ({@link Texts}). */
final class KbTexts {

    private static final Map<String, String> EN = with(Texts.of("en", null), Map.ofEntries(
            Map.entry("kbTitle", "Knowledge base"), Map.entry("kbKey", "Admin key"), Map.entry("kbOperator", "Operator page"),
            Map.entry("kbSearch", "Find a person"), Map.entry("kbQuery", "Name (any of ru, en, kk, ky)"),
            Map.entry("kbIn", "Show names in"), Map.entry("kbFind", "Search"), Map.entry("kbNoHits", "Nobody found."),
            Map.entry("kbAddPerson", "Add a person"),
            Map.entry("kbId", "Id (lower-case words joined by hyphens, e.g. sadyr-japarov)"),
            Map.entry("kbCountry", "Country (ISO code, e.g. KG)"), Map.entry("kbCountryShort", "Country"),
            Map.entry("kbNameRu", "Name in Russian"), Map.entry("kbNameEn", "Name in English"),
            Map.entry("kbNameKk", "Name in Kazakh (optional)"), Map.entry("kbNameKy", "Name in Kyrgyz (optional)"),
            Map.entry("kbFirstOffice", "First office"), Map.entry("kbOffice", "Office"), Map.entry("kbFrom", "From"),
            Map.entry("kbTo", "Until (the first day out of office; empty while in office)"), Map.entry("kbToShort", "Until"),
            Map.entry("kbActing", "Acting"), Map.entry("kbNote", "Note"), Map.entry("kbCreate", "Add the person"),
            Map.entry("kbChanges", "Recent changes"), Map.entry("kbVersion", "Version"), Map.entry("kbWhen", "When"),
            Map.entry("kbAction", "Action"), Map.entry("kbEntity", "Record"), Map.entry("kbNoChanges", "No changes yet."),
            Map.entry("kbOffices", "Offices"), Map.entry("kbAddOffice", "Add an office holding"),
            Map.entry("kbAddTerm", "Add the office"), Map.entry("kbClose", "Close"), Map.entry("kbCloseOn", "Out of office from"),
            Map.entry("kbInOffice", "in office"), Map.entry("kbNames", "Names"), Map.entry("kbLanguage", "Language"),
            Map.entry("kbAliases", "Other spellings"), Map.entry("kbShort", "Short forms"),
            Map.entry("kbAddName", "Add a name variant"), Map.entry("kbKind", "Kind"),
            Map.entry("kbKindName", "the name in the language chosen (replaces the one it has)"),
            Map.entry("kbKindAlias", "another spelling (any language)"), Map.entry("kbKindShort", "a short form (one word)"),
            Map.entry("kbForm", "Name as written"), Map.entry("kbAddNameButton", "Add the name"),
            Map.entry("kbAll", "All people"), Map.entry("kbLogout", "Sign out"),
            Map.entry("kbSession", "Your operator session ended (or the form was not this session's): enter the admin key again."),
            Map.entry("kbRate", "Too many requests from your address; try again in a moment"),
            Map.entry("kbOff", "The editor changes the enrichment's knowledge base at once: every running enrichment uses the change for the next releases."),
            Map.entry("kbDone-created", "The person was added."), Map.entry("kbDone-term-added", "The office holding was added."),
            Map.entry("kbDone-term-closed", "The office holding was closed."), Map.entry("kbDone-name-added", "The name was added."),
            Map.entry("kbRefused", "The change was not made")));

    private static final Map<String, String> RU = with(Texts.of("ru", null), Map.ofEntries(
            Map.entry("kbTitle", "База знаний"), Map.entry("kbKey", "Ключ администратора"), Map.entry("kbOperator", "Страница оператора"),
            Map.entry("kbSearch", "Найти человека"), Map.entry("kbQuery", "Имя (по-русски, по-английски, по-казахски или по-кыргызски)"),
            Map.entry("kbIn", "Показать имена на языке"), Map.entry("kbFind", "Искать"), Map.entry("kbNoHits", "Никого не нашлось."),
            Map.entry("kbAddPerson", "Добавить человека"),
            Map.entry("kbId", "Id (строчные латинские слова через дефис, например sadyr-japarov)"),
            Map.entry("kbCountry", "Страна (код ISO, например KG)"), Map.entry("kbCountryShort", "Страна"),
            Map.entry("kbNameRu", "Имя по-русски"), Map.entry("kbNameEn", "Имя по-английски"),
            Map.entry("kbNameKk", "Имя по-казахски (необязательно)"), Map.entry("kbNameKy", "Имя по-кыргызски (необязательно)"),
            Map.entry("kbFirstOffice", "Первая должность"), Map.entry("kbOffice", "Должность"), Map.entry("kbFrom", "С"),
            Map.entry("kbTo", "До (первый день вне должности; пусто, пока в должности)"), Map.entry("kbToShort", "До"),
            Map.entry("kbActing", "Исполняющий обязанности"), Map.entry("kbNote", "Примечание"), Map.entry("kbCreate", "Добавить человека"),
            Map.entry("kbChanges", "Последние изменения"), Map.entry("kbVersion", "Версия"), Map.entry("kbWhen", "Когда"),
            Map.entry("kbAction", "Действие"), Map.entry("kbEntity", "Запись"), Map.entry("kbNoChanges", "Изменений пока нет."),
            Map.entry("kbOffices", "Должности"), Map.entry("kbAddOffice", "Добавить должность"),
            Map.entry("kbAddTerm", "Добавить должность"), Map.entry("kbClose", "Закрыть"), Map.entry("kbCloseOn", "Вне должности с"),
            Map.entry("kbInOffice", "в должности"), Map.entry("kbNames", "Имена"), Map.entry("kbLanguage", "Язык"),
            Map.entry("kbAliases", "Другие написания"), Map.entry("kbShort", "Краткие формы"),
            Map.entry("kbAddName", "Добавить вариант имени"), Map.entry("kbKind", "Вид"),
            Map.entry("kbKindName", "имя на выбранном языке (заменяет прежнее)"),
            Map.entry("kbKindAlias", "другое написание (любой язык)"), Map.entry("kbKindShort", "краткая форма (одно слово)"),
            Map.entry("kbForm", "Написание"), Map.entry("kbAddNameButton", "Добавить имя"),
            Map.entry("kbAll", "Все люди"), Map.entry("kbLogout", "Выйти"),
            Map.entry("kbSession", "Сеанс оператора закончился (или форма не из этого сеанса): введите ключ администратора снова."),
            Map.entry("kbRate", "Слишком много запросов с вашего адреса; повторите чуть позже"),
            Map.entry("kbOff", "Редактор меняет базу знаний обогащения сразу: все работающие экземпляры обогащения применяют изменение к следующим релизам."),
            Map.entry("kbDone-created", "Человек добавлен."), Map.entry("kbDone-term-added", "Должность добавлена."),
            Map.entry("kbDone-term-closed", "Должность закрыта."), Map.entry("kbDone-name-added", "Имя добавлено."),
            Map.entry("kbRefused", "Изменение не сделано")));

    private KbTexts() {
    }

    static Map<String, String> of(String lang) {
        return "en".equalsIgnoreCase(lang) ? EN : RU;
    }

    private static Map<String, String> with(Map<String, String> base, Map<String, String> more) {
        Map<String, String> all = new HashMap<>(base);
        all.putAll(more);
        return Map.copyOf(all);
    }
}
