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
    static final Words TALKS = Words.of("переговор", "=talks", "negotiat", "келіссөз", "сүйлөш", "сөйлес");
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

    /**
     * Words of being or arriving somewhere, which make a visit only together with an official and a place abroad:
     * «находится в Москве», «принял участие в саммите в Астане», "attended the summit in Samarkand", «Ташкентке келді».
     */
    static final Words PRESENCE = Words.of("находится", "находился", "находилась", "находятся", "пребывает", "пребывал",
            "участи", "участвует", "участвовал", "=attend", "=attends", "=attended", "=attending", "participat",
            "катыс", "катыш", "=келди", "=келеди", "=келет", "=келген", "=барды", "=барады", "=барат", "=аттанды",
            "=ушып", "=учуп", "=жоноду", "=побывал", "=побывала", "=побывали", "=болды", "=болду", "=барып",
            // expected somewhere, leaving for it: "is expected in Tashkent", «ожидается в Астане», "leaves for Baku"
            "=expected", "=ожидается", "=ожидают", "=leaves", "=departs",
            // leaving for a place abroad: «отбыл в Алматы», "left for Bishkek" (the place after «в» or "for")
            "=отбыл", "=отбыла", "=отбыли", "=отбудет", "=отбывает", "=выехал", "=выехала", "=выехали", "=left",
            "=leaving", "=departed", "=departing", "=depart", "=leave");
    /** Coming back from a place («вернулся из Астаны», "returned from Cholpon-Ata", «Ташкенттен оралды»): the trip was there. */
    static final Words CAME_BACK = Words.of("=вернулся", "=вернулась", "=вернулись", "=возвратился", "=возвратилась",
            "=возвратились", "=returned", "=returns", "=returning", "=оралды", "=оралып", "=оралған", "=кайтты",
            "=кайтып", "=кайтышты");
    /** Heading a delegation: «её возглавляет министр», «во главе с», "led by", «делегацияны ... бастаған», «баштаган». */
    static final Words LEADS = Words.of("возглав", "=главе", "=headed", "=led", "=leads", "бастаған", "басқарған",
            "баштаган", "жетектеген", "жетекшілік");
    /**
     * Leaving a place for another: "left for Tashkent", «отбыл в Ташкент», «Ташкентке аттанды». Told under another city's
     * dateline, it ends the trip there, the one the text is written from.
     */
    static final Words LEAVING = Words.of("=отбыл", "=отбыла", "=отбыли", "=выехал", "=выехала", "=выехали", "=left",
            "=departed", "=аттанды", "=жөнөдү", "=жоноду", "=кетті", "=кетти");
    /** The capital named by no country: «в столицу», "to the capital", «елордаға», «борборго». */
    static final Words BARE_CAPITAL = Words.of("столиц", "=capital", "елорда", "=борборго", "=борбордо", "=борборубузга");
    /** A foreign state's mission: an embassy or a consulate. */
    static final Words MISSION = Words.of("посольств", "консульств", "embass", "consulate", "елшілі", "элчилиг",
            "элчилик", "консулдуг", "консулдык");
    /** A delegation: whose it is stands after it («делегация Узбекистана») or before it («Өзбекстан делегациясы»). */
    static final Words DELEGATION = Words.of("делегац", "delegation");
    /** Verbs before "for" that make it the way to a place: "leaves for Astana", "departed for Baku", "bound for". */
    static final Words SETTING_OUT_FOR = Words.of("=leaves", "=leave", "=left", "=leaving", "=departs", "=depart",
            "=departed", "=departing", "=bound", "=headed", "=heads", "=heading", "=off", "=out");
    /**
     * Kazakh and Kyrgyz verbs that tell the whole trip in the past («Ташкентке барды», «Ташкентте болду», «барып
     * қайтты»), not one thing done on it («кездесті», «катышты»): without a word for today such a trip is over.
     */
    static final Words WHOLE_TRIP = Words.of("=барды", "=болды", "=болду", "=барып", "=барышты");
    /**
     * What an official does at a place abroad that makes a visit without a word for it: meets, holds talks, signs,
     * is received or hosted, joins a summit: «подписали в Бишкеке», "met in Samarkand", «Вашингтонда кездесті»,
     * «Бишкекте кол коюшту», "hosted ... at the White House".
     */
    static final Words IMPLICIT_VISIT = Words.of("находящ", "встреч", "встрет", "=met", "=meet", "=meets", "кездес",
            // Kyrgyz «жолукту», «жолуккан», «жолугушту», «кездешти»
            "жолугуш", "жолук", "кездеш", "переговор", "=talks", "келіссөз", "сүйлөш", "сөйлес", "подписал", "подписан", "=signed",
            "=sign", "=signs", "=койды", "=коюшту", "=коюлду", "=кол", "=hosted", "=hosts", "=welcomed", "=welcomes",
            "=joined", "=joins", "=received", "=принял", "=принят", "=принята", "=приняли", "=провел", "=провели",
            "=провела", "=held", "=holds", "=заявил", "=выступил",
            // a statement made where one stands: "said in Bishkek", «деди Бишкекте», «деді Ташкентте»
            "=said", "=деди", "=деді", "=addressed", "=attended", "=saw",
            // speaking at a summit, holding consultations where one is: «выступила на саммите в Астане», "spoke in
            // Bishkek", «Ташкентте консультациялар өткізді», «Бишкекте консультация өткөрдү»
            "=выступила", "=выступили", "=spoke", "=сөйледі", "=сүйлөдү", "консультац", "=consultations",
            "=өткізді", "=өткізіп", "=өткөрдү", "=өткөрүштү", "=өткөрүп",
            // laying a wreath, opening something: done where one stands («возложил венок в Ташкенте»)
            "=возложил", "=возложила", "=возложили", "=laid", "=opened", "=открыл", "=открыла", "=открыли", "=койду",
            // signing still to come where one will be: «подпишет в Москве», «подпишут в Астане»
            "подпиш",
            // decorating or being decorated where the ceremony is: «вручил орден в Пекине», "was awarded ... in Beijing",
            // «Бейжіңде марапатталды», «Пекинде тапшырды»
            "=вручил", "=вручила", "=вручили", "=вручен", "=вручена", "=вручено", "награжд", "=awarded", "=decorated",
            "марапатта", "сыйланды", "=тапшырды", "=табыс");
    /** Verbs that report a visit itself as made: «совершил визит», «посетил», "paid a visit", "visited". */
    static final Words VISIT_DONE = Words.of("=совершил", "=совершила", "=совершили", "=посетил", "=посетила",
            "=посетили", "=побывал", "=побывала", "=побывали", "=visited", "=paid");
    /** Words that show a person acting in no government capacity: a candidate, a former holder, the opposition,
     * an ambassador (resident where he meets people, so no visitor). */
    static final Words NOT_ACTING = Words.of("кандидат", "candidate", "бывш", "=former", "=экс", "оппозиц", "opposition",
            "посол", "ambassador", "елші", "элчи");
    /** Meetings held at a distance: no one travels for them. */
    static final Words VIRTUAL = Words.of("видеоконференц", "видеосвяз", "онлайн", "=video", "videoconferenc", "virtual",
            "=online", "бейнеконференц", "бейнебайланыс", "видеобайланыш");
    /** Travellers who are no officials: a trip of theirs is no visit, unless an official is named with them. */
    static final Words PRIVATE_TRAVELLERS = Words.of("бизнес", "business", "деловая", "предпринимател", "турист",
            "tourist", "студент", "student", "спортсмен", "athlet", "сборная", "сборной", "команда", "=team",
            "курама", "балуан", "борец", "борцы", "wrestler", "climber", "альпинист", "mountaineer", "военн", "troops",
            "soldier", "миротвор", "peacekeep", "контингент", "подразделени", "паломник", "pilgrim", "мигрант", "migrant",
            "артист", "анши", "ырчы", "singer", "певиц", "певец", "футболист", "footballer", "=players");

    static final Words INVITATION = Words.of("приглаш", "пригласи", "invit", "шақыр", "чакыр");
    static final Words ACCEPTED = Words.of("принял", "принят", "accept", "қабылда", "кабыл");

    static final Words STATE = Words.of("государствен", "=state", "мемлекеттік", "мамлекеттик");
    static final Words OFFICIAL = Words.of("официальн", "=official", "ресми", "расмий");
    static final Words WORKING = Words.of("рабоч", "=working", "жұмыс", "жумуш", "=иш");

    /** Arriving told in the past: the trip it starts is under way for a day or two unless its end is told. */
    static final Words ARRIVED = Words.of("=прибыл", "=прибыла", "=прибыли", "прибывш", "=прилетел", "=прилетела",
            "=прилетели", "=arrived", "келді", "келди", "=келген", "=жетти", "=жетті");
    static final Words ONGOING = Words.of("находится", "находятся", "находящ", "пребыва", "=прибыл", "=прибыла",
            "=прибыли", "=прилетел", "=прилетела", "=прилетели", "=начал", "=начала", "=начался", "=began", "=begins", "прибывает", "прибывш", "=прибыв", "вылетел", "проходит", "проходят", "продолжа",
            "=arrived", "=arrives", "=arriving", "=currently", "=underway", "келді", "келди", "=басталды", "=башталды", "=келген", "=жүр", "жүрген",
            "жүргөн",
            "өтуде", "өтүүдө", "=жатат", "=жетти", "=жетті",
            // present tense on the day: «проводит переговоры», «принимает участие», "is visiting", "holds talks"
            "=проводит", "=проводят", "=проводится", "=проводятся", "=посещает", "=посещают", "=участвует",
            "=участвуют", "=ведет", "=ведут", "=принимает", "=принимают", "=встречается", "=встречаются",
            "=visiting", "=holding", "=attending", "=participating", "=staying", "=touring", "=holds", "=meets",
            "=attends", "=hosts", "=receives", "=welcomes", "=signs");
    static final Words PLANNED = Words.of("=посетит", "=посетят", "проведет", "проведут", "=примет", "подпишет",
            "подпишут", "обсудят", "обсудит", "встретится", "встретятся", "состоится", "состоятся", "=будет", "=будут",
            "отправится", "=совершит", "=совершат", "прибудет", "прибудут", "планир", "запланир", "намерен", "предстоящ",
            "подготовк", "ожидает", "ожидается", "ожидают", "пройдет", "пройдут", "=will", "=plans", "=planned", "=upcoming",
            "=scheduled", "=expected", "=shall", "барады", "келеді", "болады", "болмақ", "бармақ", "жоспар",
            "өткізіледі", "өтеді", "күтілуде", "алдағы", "=барат", "=келет", "=болот", "пландал", "күтүлүүдө",
            "алдыдагы", "=өтөт", "жасайт", "жасайды", "=нанесет", "=нанесут", "=примут", "=направится", "=вылетит",
            "=предстоит", "намечен", "=slated", "=forthcoming",
            // the English present of setting out tells what is to come: "heads to Tashkent on Tuesday", "leaves for Baku"
            "=heads", "=leaves", "=departs", "=travels", "=flies");
    static final Words COMPLETED = Words.of("посетил", "совершил", "состоялся", "состоялась", "состоялись", "завершил",
            "побывал", "вернулся", "=провел", "=провела", "=провели", "=прошел", "=прошла", "=прошли", "=был",
            "=была", "=были", "=принял", "=приняла", "=приняли", "подписал", "обсудил", "встретился", "встретились",
            "находился", "находилась", "находились", "=visited", "=held", "=concluded", "=completed", "=returned",
            "=was", "=were", "=met", "=took", "=paid", "=signed", "=discussed", "=болды", "=өтті", "аяқталды", "=барды",
            "кездесті", "өткізді", "=болду", "=өттү", "аяктады", "жолукту", "өткөрдү",
            // the imperfective past of a visit and the English past of attending: «посещал», "attended", "toured"
            "=посещал", "=посещала", "=посещали", "=бывал", "=бывала", "=attended", "=participated", "=toured",
            // speaking at a summit told in the past: «выступила на саммите», "spoke at the summit"
            "=выступил", "=выступила", "=выступили", "=spoke",
            // the short passive participle: «подписан ряд соглашений», «подписаны», «подписано»
            "=подписан", "=подписана", "=подписаны", "=подписано",
            // ... and of being received or decorated without «был»: «Саидов принят в Ашхабаде», «награждён орденом»
            "=принят", "=принята", "=приняты", "=награжден", "=награждена", "=награждены", "=удостоен", "=удостоена",
            // laying a wreath or flowers: «возложил венок», "laid a wreath"
            "возложил", "=laid");

    private EventWords() {
    }
}
