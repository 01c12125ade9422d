package org.communique.notifier.pages;

import java.util.Map;

/** The pages' words in Russian and English; {@link #of} picks by ?lang=, then Accept-Language. */
final class Texts {

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("lang", "en"), Map.entry("other", "ru"), Map.entry("otherName", "Русский"),
            Map.entry("title", "Subscribe to foreign-ministry press releases"),
            Map.entry("intro", "Choose what you want to hear about. Fields are combined with AND; several values in one field mean OR."),
            Map.entry("what", "What"), Map.entry("events", "Event types"),
            Map.entry("VISIT", "Visit"), Map.entry("TALKS", "Talks"), Map.entry("CALL", "Phone call"),
            Map.entry("MEETING", "Meeting"), Map.entry("AGREEMENT", "Agreement"),
            Map.entry("visit", "Visits"), Map.entry("visitors", "Visitor countries"), Map.entry("hosts", "Host countries"),
            Map.entry("statuses", "Visit status"), Map.entry("PLANNED", "planned"), Map.entry("ONGOING", "ongoing"),
            Map.entry("COMPLETED", "completed"), Map.entry("countries", "Countries mentioned"),
            Map.entry("officials", "Officials (name or id)"), Map.entry("keywords", "Keywords"),
            Map.entry("languages", "Languages of the release"), Map.entry("sources", "Source ids"),
            Map.entry("roles", "Officials by role"), Map.entry("role_president", "presidents"),
            Map.entry("role_prime_minister", "prime ministers"), Map.entry("role_foreign_minister", "foreign ministers"),
            Map.entry("role_minister", "other ministers"), Map.entry("role_ambassador", "ambassadors"),
            Map.entry("role_other", "other officials (deputies, speakers, spokespeople)"),
            Map.entry("listHint", "Start typing a name or code; separate several with commas."),
            Map.entry("channel", "How to receive alerts"), Map.entry("email", "Email"), Map.entry("webhook", "Webhook (POST to your URL)"),
            Map.entry("feed", "Atom feed and live stream only"), Map.entry("address", "Email address"), Map.entry("url", "Webhook URL"),
            Map.entry("digest", "Email digest"), Map.entry("immediate", "immediately"), Map.entry("hourly", "hourly"), Map.entry("daily", "daily"),
            Map.entry("subscribe", "Subscribe"), Map.entry("created", "Your subscription is ready"),
            Map.entry("keep", "Keep the token (and the webhook secret) like a password: they are shown only this once. Whoever holds the token manages the subscription; the secret signs every webhook."),
            Map.entry("token", "Token"), Map.entry("secret", "Webhook secret"), Map.entry("feedUrl", "Atom feed"),
            Map.entry("id", "Subscription id"), Map.entry("confirmMail", "We sent a confirmation link to your email address: alerts start once you follow it."),
            Map.entry("manage", "Manage this subscription"), Map.entry("manageTitle", "Manage a subscription"),
            Map.entry("open", "Open"), Map.entry("status", "Status"), Map.entry("filter", "Filter"),
            Map.entry("pause", "Pause"), Map.entry("resume", "Resume"), Map.entry("delete", "Delete"),
            Map.entry("test", "Send a test alert"), Map.entry("save", "Save filter"),
            Map.entry("attempts", "Delivery attempts"), Map.entry("redeliver", "Redeliver"), Map.entry("none", "none yet"),
            Map.entry("failing", "Failing sources"), Map.entry("live", "Live stream"),
            Map.entry("liveHint", "New alerts appear here while this page is open; matched names and countries are highlighted."),
            Map.entry("noJs", "The live stream needs JavaScript; the Atom feed works without it."),
            Map.entry("deleted", "The subscription was deleted."), Map.entry("done", "Done."),
            Map.entry("error", "That did not work"), Map.entry("back", "Back"), Map.entry("when", "When"),
            Map.entry("outcome", "Outcome"),
            Map.entry("preview", "Preview: recent releases this filter matches"),
            Map.entry("previewTitle", "Recent releases this filter would have matched"),
            Map.entry("previewNone", "None of the recent releases matches this filter."),
            Map.entry("previewInvalid", "The filter cannot be previewed: check the event types, countries and statuses."),
            Map.entry("previewRate", "Too many previews from your address; try again in a moment"),
            Map.entry("previewDown", "The recent releases cannot be read just now; try again in a moment."),
            Map.entry("officialsHint", "Start typing a name in Russian, English, Kazakh or Kyrgyz; an official picked from the list is matched by id."),
            Map.entry("published", "Published"), Map.entry("testHint", "Sends a sample alert to the webhook now; the attempt appears below."),
            Map.entry("testSent", "A test alert is on its way to your webhook; its attempt appears under Delivery attempts."));

    private static final Map<String, String> RU = Map.ofEntries(
            Map.entry("lang", "ru"), Map.entry("other", "en"), Map.entry("otherName", "English"),
            Map.entry("title", "Подписка на пресс-релизы МИД"),
            Map.entry("intro", "Выберите, о чём сообщать. Поля объединяются через И; несколько значений в одном поле — через ИЛИ."),
            Map.entry("what", "Что"), Map.entry("events", "Типы событий"),
            Map.entry("VISIT", "Визит"), Map.entry("TALKS", "Переговоры"), Map.entry("CALL", "Телефонный разговор"),
            Map.entry("MEETING", "Встреча"), Map.entry("AGREEMENT", "Соглашение"),
            Map.entry("visit", "Визиты"), Map.entry("visitors", "Страны гостей"), Map.entry("hosts", "Принимающие страны"),
            Map.entry("statuses", "Статус визита"), Map.entry("PLANNED", "планируется"), Map.entry("ONGOING", "идёт"),
            Map.entry("COMPLETED", "завершён"), Map.entry("countries", "Упомянутые страны"),
            Map.entry("officials", "Официальные лица (имя или id)"), Map.entry("keywords", "Ключевые слова"),
            Map.entry("languages", "Языки релиза"), Map.entry("sources", "Id источников"),
            Map.entry("roles", "Официальные лица по должности"), Map.entry("role_president", "президенты"),
            Map.entry("role_prime_minister", "премьер-министры"), Map.entry("role_foreign_minister", "министры иностранных дел"),
            Map.entry("role_minister", "другие министры"), Map.entry("role_ambassador", "послы"),
            Map.entry("role_other", "другие (заместители, спикеры, пресс-секретари)"),
            Map.entry("listHint", "Начните вводить название или код; несколько — через запятую."),
            Map.entry("channel", "Как получать оповещения"), Map.entry("email", "Эл. почта"), Map.entry("webhook", "Вебхук (POST на ваш URL)"),
            Map.entry("feed", "Только Atom-лента и живой поток"), Map.entry("address", "Адрес эл. почты"), Map.entry("url", "URL вебхука"),
            Map.entry("digest", "Дайджест"), Map.entry("immediate", "сразу"), Map.entry("hourly", "раз в час"), Map.entry("daily", "раз в день"),
            Map.entry("subscribe", "Подписаться"), Map.entry("created", "Подписка создана"),
            Map.entry("keep", "Храните токен (и секрет вебхука) как пароль: они показываются только сейчас. Кто знает токен, тот управляет подпиской; секретом подписан каждый вебхук."),
            Map.entry("token", "Токен"), Map.entry("secret", "Секрет вебхука"), Map.entry("feedUrl", "Atom-лента"),
            Map.entry("id", "Id подписки"), Map.entry("confirmMail", "Мы отправили ссылку для подтверждения на вашу почту: оповещения начнутся после перехода по ней."),
            Map.entry("manage", "Управлять подпиской"), Map.entry("manageTitle", "Управление подпиской"),
            Map.entry("open", "Открыть"), Map.entry("status", "Статус"), Map.entry("filter", "Фильтр"),
            Map.entry("pause", "Приостановить"), Map.entry("resume", "Возобновить"), Map.entry("delete", "Удалить"),
            Map.entry("test", "Отправить тестовое оповещение"), Map.entry("save", "Сохранить фильтр"),
            Map.entry("attempts", "Попытки доставки"), Map.entry("redeliver", "Доставить снова"), Map.entry("none", "пока нет"),
            Map.entry("failing", "Источники с ошибками"), Map.entry("live", "Живой поток"),
            Map.entry("liveHint", "Новые оповещения появляются здесь, пока страница открыта; совпавшие имена и страны выделены."),
            Map.entry("noJs", "Для живого потока нужен JavaScript; Atom-лента работает без него."),
            Map.entry("deleted", "Подписка удалена."), Map.entry("done", "Готово."),
            Map.entry("error", "Не получилось"), Map.entry("back", "Назад"), Map.entry("when", "Когда"),
            Map.entry("outcome", "Результат"),
            Map.entry("preview", "Предпросмотр: какие недавние релизы подходят"),
            Map.entry("previewTitle", "Недавние релизы, которые подошли бы под фильтр"),
            Map.entry("previewNone", "Ни один из недавних релизов не подходит под этот фильтр."),
            Map.entry("previewInvalid", "Фильтр нельзя проверить: проверьте типы событий, страны и статусы."),
            Map.entry("previewRate", "Слишком много предпросмотров с вашего адреса; повторите чуть позже"),
            Map.entry("previewDown", "Недавние релизы сейчас недоступны; повторите чуть позже."),
            Map.entry("officialsHint", "Начните вводить имя по-русски, по-английски, по-казахски или по-кыргызски; выбранное из списка лицо ищется по id."),
            Map.entry("published", "Опубликован"), Map.entry("testHint", "Отправляет пример оповещения на вебхук сейчас; попытка появится ниже."),
            Map.entry("testSent", "Тестовое оповещение отправлено на ваш вебхук; попытка появится в разделе «Попытки доставки»."));

    private Texts() {
    }

    static Map<String, String> of(String lang, String acceptLanguage) {
        String chosen = lang != null ? lang : acceptLanguage != null && acceptLanguage.strip().toLowerCase().startsWith("en") ? "en" : "ru";
        return "en".equalsIgnoreCase(chosen) ? EN : RU;
    }
}
