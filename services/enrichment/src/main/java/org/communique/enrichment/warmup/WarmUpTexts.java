package org.communique.enrichment.warmup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic texts made in code for the warm-up: press-release prose (countries, officials, offices, events, dates,
 * in Russian, Kazakh and English) and the word-dense shapes that cost the tagger most (one-letter words,
 * capitalised would-be names, markup). Fixed seed: every start warms the same paths.
 */
final class WarmUpTexts {

    private static final List<String> COUNTRIES = List.of("Казахстан", "Кыргызстан", "Кыргызской Республики",
            "Узбекистана", "Таджикистаном", "Российской Федерации", "Китая", "Турции", "Германии", "США", "Японии",
            "Республики Корея", "Азербайджана", "Туркменистана");
    private static final List<String> PEOPLE = List.of("Садыр Жапаров", "Касым-Жомарт Токаев", "Шавкат Мирзиёев",
            "Эмомали Рахмон", "Акылбек Жапаров", "Жээнбек Кулубаев", "Мурат Нуртлеу", "Бахтиёр Саидов");
    private static final List<String> OFFICES = List.of("Президент", "Председатель Кабинета Министров",
            "Министр иностранных дел", "Премьер-министр", "Торага Жогорку Кенеша", "Посол", "заместитель министра");
    private static final List<String> EVENTS = List.of("прибыл с официальным визитом в", "провел переговоры с",
            "состоялся телефонный разговор с", "встретился с делегацией", "подписали соглашение о сотрудничестве с",
            "посетит с государственным визитом", "принял участие в заседании ШОС и СНГ в");
    private static final List<String> DATES = List.of("1 февраля 2024 года", "15 марта", "в 2025 году",
            "23-24 мая 2024 г.", "вчера", "12.06.2024", "в ближайшее время");
    private static final List<String> FILLER = List.of("стороны", "обсудили", "вопросы", "двустороннего",
            "торгово-экономического", "сотрудничества", "и", "в", "рамках", "региональной", "повестки", "а также",
            "отметили", "важность", "дальнейшего", "укрепления", "связей", "между", "странами", "по", "итогам");
    private static final List<String> OTHER = List.of(
            "President Sadyr Japarov met Kazakhstan's Foreign Minister in Astana on 1 February 2024.",
            "Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев Қырғызстанға мемлекеттік сапармен барды.",
            "Кыргыз Республикасынын Президенти Садыр Жапаров Өзбекстанга расмий сапар менен барды.",
            "The talks held on 12 March 2024 covered trade, energy and water with Uzbekistan and China.");

    private WarmUpTexts() {
    }

    /** Each text of about {@code characters} characters, by name. */
    static Map<String, String> all(int characters) {
        Random random = new Random(11);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("prose", prose(random, characters));
        texts.put("one-letter words", repeat(random, characters, List.of("а", "и", "в", "к", "с", "о", "у", "я")));
        texts.put("capitalised words", repeat(random, characters, List.of("Асан", "Бекович", "Усенов", "Гульнара",
                "Мамытова", "Даниярович", "Эркин", "Токтогулов", "Айгуль", "Nurlan", "Smith")));
        texts.put("markup", repeat(random, characters, List.of("<a", "<div>", "&amp;", "<p>Казахстан</p>", "<a href='",
                "(«", "визит", "2024")));
        return texts;
    }

    private static String prose(Random random, int characters) {
        StringBuilder text = new StringBuilder(characters + 200);
        while (text.length() < characters) {
            switch (random.nextInt(4)) {
                case 0 -> text.append(pick(random, OFFICES)).append(' ').append(pick(random, COUNTRIES)).append(' ')
                        .append(pick(random, PEOPLE)).append(' ').append(pick(random, EVENTS)).append(' ')
                        .append(pick(random, COUNTRIES)).append(' ').append(pick(random, DATES)).append(". ");
                case 1 -> {
                    int words = 5 + random.nextInt(30);
                    for (int i = 0; i < words; i++) {
                        text.append(pick(random, FILLER)).append(i + 1 < words ? " " : ". ");
                    }
                }
                case 2 -> text.append(pick(random, OTHER)).append(' ');
                default -> text.append("\n\n");
            }
        }
        return text.substring(0, characters);
    }

    private static String repeat(Random random, int characters, List<String> words) {
        StringBuilder text = new StringBuilder(characters + 32);
        while (text.length() < characters) {
            text.append(pick(random, words)).append(random.nextInt(12) == 0 ? ". " : " ");
        }
        return text.substring(0, characters);
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
