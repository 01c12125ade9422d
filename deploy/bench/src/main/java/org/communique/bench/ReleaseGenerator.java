package org.communique.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Releases as ministries write them: drawn from templates in Russian, Kazakh, Kyrgyz and English with real
 * countries and officials, every one ending in its ministry's boilerplate, plus exact re-posts of earlier
 * releases by the same source and near-duplicates (a reprint with a dateline and a closing line) by another.
 */
final class ReleaseGenerator {

    enum Kind { NEW, REPOST, NEAR_DUPLICATE }

    record Generated(Kind kind, int source, String externalId, String language, String title, String body) {
    }

    record Official(String country, String ru, String en, String kk, String ky) {
    }

    static final List<Official> OFFICIALS = List.of(
            new Official("KG", "Президент Кыргызской Республики Садыр Жапаров", "President of Kyrgyzstan Sadyr Japarov",
                    "Қырғыз Республикасының Президенті Садыр Жапаров", "Кыргыз Республикасынын Президенти Садыр Жапаров"),
            new Official("KG", "Министр иностранных дел Кыргызской Республики Жээнбек Кулубаев",
                    "Minister of Foreign Affairs of Kyrgyzstan Jeenbek Kulubaev",
                    "Қырғыз Республикасының Сыртқы істер министрі Жээнбек Кулубаев",
                    "Кыргыз Республикасынын Тышкы иштер министри Жээнбек Кулубаев"),
            new Official("KZ", "Президент Республики Казахстан Касым-Жомарт Токаев",
                    "President of Kazakhstan Kassym-Jomart Tokayev",
                    "Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев",
                    "Казакстан Республикасынын Президенти Касым-Жомарт Токаев"),
            new Official("KZ", "Заместитель Премьер-министра — Министр иностранных дел Казахстана Мурат Нуртлеу",
                    "Deputy Prime Minister and Foreign Minister of Kazakhstan Murat Nurtleu",
                    "Қазақстан Премьер-министрінің орынбасары — Сыртқы істер министрі Мұрат Нұртілеу",
                    "Казакстандын Тышкы иштер министри Мурат Нуртлеу"),
            new Official("UZ", "Президент Республики Узбекистан Шавкат Мирзиёев", "President of Uzbekistan Shavkat Mirziyoyev",
                    "Өзбекстан Республикасының Президенті Шавкат Мирзиёев",
                    "Өзбекстан Республикасынын Президенти Шавкат Мирзиёев"),
            new Official("UZ", "Министр иностранных дел Узбекистана Бахтиёр Саидов",
                    "Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov",
                    "Өзбекстанның Сыртқы істер министрі Бахтиёр Саидов", "Өзбекстандын Тышкы иштер министри Бахтиёр Саидов"),
            new Official("TJ", "Президент Республики Таджикистан Эмомали Рахмон", "President of Tajikistan Emomali Rahmon",
                    "Тәжікстан Республикасының Президенті Эмомали Рахмон",
                    "Тажикстан Республикасынын Президенти Эмомали Рахмон"),
            new Official("RU", "Министр иностранных дел Российской Федерации Сергей Лавров",
                    "Minister of Foreign Affairs of Russia Sergey Lavrov",
                    "Ресей Федерациясының Сыртқы істер министрі Сергей Лавров",
                    "Россия Федерациясынын Тышкы иштер министри Сергей Лавров"),
            new Official("CN", "Министр иностранных дел Китайской Народной Республики Ван И",
                    "Foreign Minister of China Wang Yi", "Қытай Халық Республикасының Сыртқы істер министрі Ван И",
                    "Кытай Эл Республикасынын Тышкы иштер министри Ван И"),
            new Official("TR", "Министр иностранных дел Турецкой Республики Хакан Фидан",
                    "Minister of Foreign Affairs of Türkiye Hakan Fidan",
                    "Түркия Республикасының Сыртқы істер министрі Хакан Фидан",
                    "Түркия Республикасынын Тышкы иштер министри Хакан Фидан"));

    /** Host countries: code, city and the country's name in ru/en/kk/ky (locative-ish forms as written). */
    static final String[][] HOSTS = {
            {"KZ", "Астана", "Astana", "Казахстан", "Kazakhstan", "Қазақстан", "Казакстан"},
            {"KG", "Бишкек", "Bishkek", "Кыргызстан", "Kyrgyzstan", "Қырғызстан", "Кыргызстан"},
            {"UZ", "Ташкент", "Tashkent", "Узбекистан", "Uzbekistan", "Өзбекстан", "Өзбекстан"},
            {"TJ", "Душанбе", "Dushanbe", "Таджикистан", "Tajikistan", "Тәжікстан", "Тажикстан"},
            {"RU", "Москва", "Moscow", "Россию", "Russia", "Ресей", "Россия"},
            {"CN", "Пекин", "Beijing", "Китай", "China", "Қытай", "Кытай"},
            {"TR", "Анкара", "Ankara", "Турцию", "Türkiye", "Түркия", "Түркия"},
    };

    private static final String[] TOPICS_RU = {"торгово-экономического сотрудничества", "транспортной связанности",
            "водно-энергетического взаимодействия", "региональной безопасности", "гуманитарных связей",
            "цифровой трансформации", "таможенного администрирования", "делимитации государственной границы"};
    private static final String[] TOPICS_EN = {"trade and economic cooperation", "transport connectivity",
            "water and energy", "regional security", "people-to-people ties", "digital transformation",
            "customs administration", "border delimitation"};
    private static final String[] TOPICS_KK = {"сауда-экономикалық ынтымақтастық", "көлік байланысы",
            "су-энергетика саласы", "өңірлік қауіпсіздік", "гуманитарлық байланыстар", "цифрлық трансформация"};
    private static final String[] TOPICS_KY = {"соода-экономикалык кызматташтык", "транспорттук байланыш",
            "суу-энергетика тармагы", "аймактык коопсуздук", "гуманитардык байланыштар", "санариптик трансформация"};

    /** Every ministry's closing paragraphs: most of a short release's text, the same in all of its releases. */
    private static final String BOILERPLATE_RU = "\n\nПресс-служба Министерства иностранных дел. Аккредитация "
            + "представителей средств массовой информации осуществляется в установленном порядке. При использовании "
            + "материалов ссылка на официальный сайт Министерства обязательна. Следите за новостями Министерства в "
            + "официальных аккаунтах в социальных сетях и на официальном сайте.";
    private static final String BOILERPLATE_EN = "\n\nPress Service of the Ministry of Foreign Affairs. Media "
            + "accreditation is granted in accordance with the established procedure. When using these materials, "
            + "a reference to the Ministry's official website is required. Follow the Ministry on its official "
            + "social media accounts and website.";
    private static final String BOILERPLATE_KK = "\n\nСыртқы істер министрлігінің баспасөз қызметі. Бұқаралық "
            + "ақпарат құралдарының өкілдерін аккредиттеу белгіленген тәртіппен жүзеге асырылады. Материалдарды "
            + "пайдаланған кезде Министрліктің ресми сайтына сілтеме жасау міндетті.";
    private static final String BOILERPLATE_KY = "\n\nТышкы иштер министрлигинин басма сөз кызматы. Маалымат "
            + "каражаттарынын өкүлдөрүн аккредитациялоо белгиленген тартипте жүргүзүлөт. Материалдарды колдонууда "
            + "Министрликтин расмий сайтына шилтеме берүү милдеттүү.";

    private final Random random;
    private final int sources;
    private final double repostShare;
    private final double nearDuplicateShare;
    private final List<Generated> recent = new ArrayList<>();
    private long sequence;

    ReleaseGenerator(long seed, int sources, double repostShare, double nearDuplicateShare) {
        this.random = new Random(seed);
        this.sources = sources;
        this.repostShare = repostShare;
        this.nearDuplicateShare = nearDuplicateShare;
    }

    Generated next() {
        double draw = random.nextDouble();
        if (!recent.isEmpty() && draw < repostShare) {
            Generated original = recent.get(random.nextInt(recent.size()));
            return new Generated(Kind.REPOST, original.source(), original.externalId(), original.language(),
                    original.title(), original.body());
        }
        if (!recent.isEmpty() && draw < repostShare + nearDuplicateShare && sources > 1) {
            Generated original = recent.get(random.nextInt(recent.size()));
            int source = (original.source() + 1 + random.nextInt(sources - 1)) % sources;
            String dateline = original.language().equals("en") ? "ALMATY, " + day() + " June. " : "АЛМАТЫ, " + day()
                    + " июня. ";
            String closing = original.language().equals("en") ? "\n\nReported by agency no. " + source + "."
                    : "\n\nСообщает агентство №" + source + ".";
            return remember(new Generated(Kind.NEAR_DUPLICATE, source, "bench-" + (++sequence), original.language(),
                    original.title(), dateline + original.body() + closing));
        }
        return remember(fresh());
    }

    private Generated remember(Generated generated) {
        if (generated.kind() == Kind.NEW) {
            if (recent.size() < 500) {
                recent.add(generated);
            } else {
                recent.set(random.nextInt(recent.size()), generated);
            }
        }
        return generated;
    }

    private Generated fresh() {
        int source = random.nextInt(sources);
        long n = ++sequence;
        Official visitor = OFFICIALS.get(random.nextInt(OFFICIALS.size()));
        String[] host;
        do {
            host = HOSTS[random.nextInt(HOSTS.length)];
        } while (host[0].equals(visitor.country()));
        Official counterpart;
        do {
            counterpart = OFFICIALS.get(random.nextInt(OFFICIALS.size()));
        } while (!counterpart.country().equals(host[0]) && random.nextInt(4) != 0 || counterpart == visitor);
        int day = day();
        int amount = 100 + random.nextInt(9_900);
        int documents = 2 + random.nextInt(15);
        int language = random.nextInt(10);
        String title;
        String body;
        if (language < 5) {
            String topic = pick(TOPICS_RU);
            String other = pick(TOPICS_RU);
            title = visitor.ru() + " посетит " + host[3] + " с официальным визитом";
            body = day + " июня " + visitor.ru() + " прибудет в " + host[1] + " с официальным визитом. В ходе визита "
                    + "запланированы переговоры с " + counterpart.ru() + ", на которых стороны обсудят вопросы "
                    + topic + " и " + other + ". По итогам переговоров планируется подписать " + documents
                    + " документов, включая соглашения на сумму около " + amount + " миллионов долларов. "
                    + "Стороны также рассмотрят ход реализации ранее достигнутых договорённостей (выпуск " + n + ")."
                    + BOILERPLATE_RU;
        } else if (language < 8) {
            String topic = pick(TOPICS_EN);
            title = visitor.en() + " holds talks in " + host[2];
            body = "On " + day + " June, " + visitor.en() + " held talks in " + host[2] + " with " + counterpart.en()
                    + ". The sides discussed " + topic + " and " + pick(TOPICS_EN) + ", and agreed to sign "
                    + documents + " documents worth some " + amount + " million dollars. They also reviewed the "
                    + "implementation of earlier agreements (issue " + n + ")." + BOILERPLATE_EN;
        } else if (language < 9) {
            title = visitor.kk() + " " + host[5] + " сапарымен барады";
            body = day + " маусымда " + visitor.kk() + " ресми сапармен " + host[5] + " барады. Сапар барысында "
                    + counterpart.kk() + " келіссөздер өткізіп, " + pick(TOPICS_KK) + " мәселелерін талқылайды. "
                    + "Тараптар " + documents + " құжатқа қол қоюды жоспарлап отыр, жалпы сомасы " + amount
                    + " миллион доллар (шығарылым " + n + ")." + BOILERPLATE_KK;
        } else {
            title = visitor.ky() + " " + host[6] + " расмий сапар менен барат";
            body = day + "-июнда " + visitor.ky() + " расмий сапар менен " + host[6] + " барат. Сапардын алкагында "
                    + counterpart.ky() + " менен сүйлөшүүлөр өтүп, " + pick(TOPICS_KY) + " маселелери талкууланат. "
                    + "Тараптар " + documents + " документке кол коюуну пландап жатышат, жалпы суммасы " + amount
                    + " миллион доллар (чыгарылыш " + n + ")." + BOILERPLATE_KY;
        }
        String code = language < 5 ? "ru" : language < 8 ? "en" : language < 9 ? "kk" : "ky";
        return new Generated(Kind.NEW, source, "bench-" + n, code, title, body);
    }

    private int day() {
        return 1 + random.nextInt(28);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
