package org.communique.notifier.pages;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.communique.notifier.support.SubscriptionsApi;
import org.communique.notifier.support.TestReleases;
import org.communique.notifier.support.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

/** The pickers' autocomplete from the knowledge base, the preview of recent matches, and a webhook's send-test. */
@QuarkusTest
@QuarkusTestResource(EnrichmentNamesStub.class)
class PickersBrowserTest {

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void typingSuggestsCountriesAndOfficialsWithTheIdsTheFilterTakes() {
        String ministerId = "minister-" + UUID.randomUUID();
        EnrichmentNamesStub.add("official", ministerId, Map.of("ru", "Автокомплит Министрович", "en", "Autocomplete Ministerovich"), "KG");
        try (BrowserContext context = browser.context("ru-RU")) {
            Page page = context.newPage();
            page.navigate(base.toString());
            // Kazakh spelling typed, the page's (Russian) name with the code offered
            page.getByLabel("Страны гостей").pressSequentially("Қырғыз");
            assertThat(page.locator("#visitors-names option[value='Кыргызстан (KG)']")).hasCount(1);
            page.getByLabel("Страны гостей").fill("Кыргызстан (KG)");
            page.getByLabel("Принимающие страны").pressSequentially("Kazakh");
            assertThat(page.locator("#hosts-names option[value='Казахстан (KZ)']")).hasCount(1);
            page.getByLabel("Принимающие страны").fill("Казахстан (KZ)");
            // a second official after a comma keeps the first
            page.locator("#officials").fill("Садыр Жапаров (sadyr-japarov), ");
            page.locator("#officials").pressSequentially("Министро");
            String suggested = "Садыр Жапаров (sadyr-japarov), Автокомплит Министрович (" + ministerId + ")";
            assertThat(page.locator("#officials-names option[value='" + suggested + "']")).hasCount(1);
            assertThat(page.locator("#officials-names option").first()).hasAttribute("label", "KG");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("subscribe-autocomplete")).setFullPage(true));
            page.locator("#officials").fill(suggested);
            page.getByLabel("Визит", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Только Atom-лента и живой поток").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Подписаться")).click();

            assertThat(page.locator("h1")).hasText("Подписка создана");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Управлять подпиской")).click();
            // the names became the ids the matcher uses
            assertThat(page.locator("#filter")).containsText("\"sadyr-japarov\"");
            assertThat(page.locator("#filter")).containsText("\"" + ministerId + "\"");
            assertThat(page.locator("#filter")).containsText("\"KG\"");
            assertThat(page.locator("#filter")).containsText("\"KZ\"");
        }
    }

    @Test
    void previewWithoutJavaScriptListsTheRecentReleasesTheFilterWouldHaveMatchedAndKeepsTheEntries() {
        String ministerId = "preview-" + UUID.randomUUID();
        String title = "Предпросмотр " + ministerId;
        TestReleases.publish(TestReleases.variant(TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1, ministerId))
                .id(UUID.randomUUID()).text(title, "Министр посетит Казахстан.").build());
        try (BrowserContext context = browser.contextWithoutJavaScript("en-US")) {
            Page page = context.newPage();
            page.navigate(base + "?lang=en");
            page.getByLabel("Visit", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Officials (name or id)").fill(ministerId);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview: recent releases this filter matches")).click();
            assertThat(page.locator("#preview h2")).hasText("Recent releases this filter would have matched");
            assertThat(page.locator("#preview li")).hasCount(1);
            assertThat(page.locator("#preview li .title")).hasText(title);
            // the entries are still there, ready to subscribe
            assertThat(page.getByLabel("Officials (name or id)")).hasValue(ministerId);
            assertThat(page.getByLabel("Visit", new Page.GetByLabelOptions().setExact(true))).isChecked();
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("subscribe-preview")).setFullPage(true));

            page.getByLabel("Officials (name or id)").fill("nobody-" + UUID.randomUUID());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview: recent releases this filter matches")).click();
            assertThat(page.locator("#preview")).containsText("None of the recent releases matches this filter.");
        }
    }

    @Test
    void sendTestDeliversASampleAlertToTheWebhookFromTheManagePage() {
        WebhookReceiver receiver = WebhookReceiver.shared();
        String path = receiver.newPath();
        var created = SubscriptionsApi.createWebhook("{\"visit\": {\"visitorCountries\": [\"KG\"]}}", receiver.url(path));
        try (BrowserContext context = browser.context("en-US")) {
            Page page = context.newPage();
            page.navigate(base + "manage?lang=en");
            page.getByLabel("Subscription id").fill(created.id());
            page.getByLabel("Token").fill(created.token());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send a test alert")).click();
            assertThat(page.locator("[role=status]")).hasText(
                    "A test alert is on its way to your webhook; its attempt appears under Delivery attempts.");
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.requestsTo(path), hasSize(1));
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("manage-send-test")).setFullPage(true));
        }
    }

    @Test
    void aFeedSubscriptionHasNoSendTestButton() {
        var created = SubscriptionsApi.create("{\"visit\": {\"visitorCountries\": [\"KG\"]}}", "{\"type\": \"feed\"}");
        try (BrowserContext context = browser.context("en-US")) {
            Page page = context.newPage();
            page.navigate(base + "manage?lang=en");
            page.getByLabel("Subscription id").fill(created.id());
            page.getByLabel("Token").fill(created.token());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open")).click();
            assertThat(page.locator("#status")).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send a test alert"))).hasCount(0);
        }
    }
}
