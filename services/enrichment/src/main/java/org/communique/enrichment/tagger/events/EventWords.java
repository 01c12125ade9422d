package org.communique.enrichment.tagger.events;

/** The words that announce events, their kind and their status, in Russian, English, Kazakh and Kyrgyz. */
final class EventWords {

    static final Words VISIT = Words.of("визит", "посет", "посещ", "прибыл", "прибуд", "прибыва", "прибыти",
            "поездк", "вылетел", "вылетает", "вылетит", "прилетел", "прилетит", "прилетает", "отправился",
            "отправилась", "отправится", "направился", "направится", "visit", "arriv", "=trip", "=travel", "=travels",
            "=travelled", "=traveled", "=flew", "=heads", "=headed", "сапар", "іссапар");
    static final Words NOT_VISIT = Words.of("визитн", "посетител", "посещаем", "visitor");
    /** Verbs whose object is the place visited: «посетит Казахстан», "will visit Kazakhstan". */
    static final Words VISIT_VERBS = Words.of("посет", "=visit", "=visits", "=visited", "=visiting");
    static final Words TALKS = Words.of("переговор", "=talks", "negotiat", "келіссөз", "сүйлөшүү", "сүйлөшүүлөр");
    static final Words CALL = Words.of("телефон", "=phone", "telephone");
    static final Words MEETING = Words.of("встреч", "встрет", "=meeting", "=meetings", "=met", "=meet", "=meets",
            "кездес", "жолугуш", "жолукт");
    static final Words AGREEMENT = Words.of("соглашени", "меморандум", "подписал", "подписан", "подпиш",
            "=договор", "=договора", "=договоры", "agreement", "memorandum", "=treaty", "=treaties", "=signed", "келісім",
            "келишим");
    /** «был принят», «принял» in the sense of receiving someone. */
    static final Words RECEIVED = Words.of("=принял", "=приняла", "=принят", "=принята", "=received");
    static final Words NOT_RECEIVED = Words.of("участи", "решени", "закон", "постановлен", "указ", "заявлени", "мер",
            "приглашени", "во", "к", "part", "decision");

    static final Words INVITATION = Words.of("приглаш", "пригласи", "invit", "шақыр", "чакыр");
    static final Words ACCEPTED = Words.of("принял", "принят", "accept", "қабылда", "кабыл");

    static final Words STATE = Words.of("государствен", "=state", "мемлекеттік", "мамлекеттик");
    static final Words OFFICIAL = Words.of("официальн", "=official", "ресми", "расмий");
    static final Words WORKING = Words.of("рабоч", "=working", "жұмыс", "жумуш", "=иш");

    static final Words ONGOING = Words.of("находится", "находятся", "находящ", "пребыва", "=прибыл", "=прибыла",
            "=прибыли", "прибывает", "прибывший", "=прибыв", "вылетел", "проходит", "проходят", "продолжа",
            "=arrived", "=arrives", "=arriving", "=currently", "=underway", "келді", "келди", "=келген", "=жүр", "жүрген",
            "жүргөн",
            "өтуде", "өтүүдө", "=жатат", "=жетти", "=жетті");
    static final Words PLANNED = Words.of("посетит", "посетят", "проведет", "проведут", "=примет", "подпишет",
            "подпишут", "обсудят", "обсудит", "встретится", "встретятся", "состоится", "состоятся", "=будет", "=будут",
            "отправится", "совершит", "совершат", "прибудет", "прибудут", "планир", "запланир", "намерен", "предстоящ",
            "подготовк", "ожидает", "ожидается", "пройдет", "пройдут", "=will", "=plans", "=planned", "=upcoming",
            "=scheduled", "=expected", "=shall", "барады", "келеді", "болады", "болмақ", "бармақ", "жоспар",
            "өткізіледі", "өтеді", "күтілуде", "алдағы", "=барат", "=келет", "=болот", "пландал", "күтүлүүдө",
            "алдыдагы", "=өтөт", "жасайт", "жасайды");
    static final Words COMPLETED = Words.of("посетил", "совершил", "состоялся", "состоялась", "состоялись", "завершил",
            "побывал", "вернулся", "=провел", "=провела", "=провели", "=прошел", "=прошла", "=прошли", "=был",
            "=была", "=были", "=принял", "=приняла", "=приняли", "подписал", "обсудил", "встретился", "встретились",
            "находился", "находилась", "находились", "=visited", "=held", "=concluded", "=completed", "=returned",
            "=was", "=were", "=met", "=paid", "=signed", "=discussed", "=болды", "=өтті", "аяқталды", "=барды",
            "кездесті", "өткізді", "=болду", "=өттү", "аяктады", "жолукту", "өткөрдү");

    private EventWords() {
    }
}
