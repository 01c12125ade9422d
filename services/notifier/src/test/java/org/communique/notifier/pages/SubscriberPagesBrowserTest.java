package org.communique.notifier.pages;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import org.communique.notifier.support.Mailbox;
import org.communique.notifier.support.SubscriptionsApi;
import org.communique.notifier.support.TestReleases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

/** A visitor subscribes with the pickers, confirms by email, watches the live stream, pauses and deletes. */
@QuarkusTest
class SubscriberPagesBrowserTest {

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
    void visitorBuildsAKyrgyzToKazakhVisitFilterSubscribesByEmailConfirmsWatchesPausesAndDeletes() {
        String address = "visitor-" + UUID.randomUUID() + "@example.org";
        try (BrowserContext context = browser.context("en-US")) {
            Page page = context.newPage();
            page.navigate(base + "?lang=en");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            // the pickers: the country datalist has every country, named in the page's language
            assertThat(page.locator("datalist#countries option[value='Kyrgyzstan (KG)']")).hasCount(1);
            page.getByLabel("Visit", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Visitor countries").fill("Kyrgyzstan (KG)");
            page.getByLabel("Host countries").fill("Kazakhstan (KZ)");
            page.getByLabel("planned").check();
            page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Email address").fill(address);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("subscribe")).setFullPage(true));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subscribe")).click();

            assertThat(page.locator("h1")).hasText("Your subscription is ready");
            String token = page.locator("#token").textContent().strip();
            assertThat(token).isNotBlank();
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("created")).setFullPage(true));

            await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.messagesTo(address), hasSize(1));
            MimeMessage confirmation = Mailbox.messagesTo(address).get(0);
            String confirmToken = Mailbox.linkToken(Mailbox.part(confirmation, "text/plain"));
            Page mail = context.newPage();
            mail.navigate(base + "api/v1/email/confirm/" + confirmToken);
            mail.locator("button, input[type=submit]").first().click();
            mail.close();
            String id = page.locator("#subscription-id").textContent().strip();
            SubscriptionsApi.Created subscription = new SubscriptionsApi.Created(id, token, null);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> "ACTIVE".equals(SubscriptionsApi.get(subscription).getString("status")));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Manage this subscription")).click();
            assertThat(page.locator("#status")).hasText("ACTIVE");
            assertThat(page.locator("#filter")).containsText("\"KG\"");

            UUID releaseId = UUID.randomUUID();
            TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(releaseId, 1));
            assertThat(page.locator("#live li .title")).containsText("Министр иностранных дел Кыргызстана посетит Казахстан",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
            assertThat(page.locator("#live li mark").first()).isVisible();
            assertThat(page.locator("#live li mark").allTextContents()).contains("Казахстан");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("manage-live")).setFullPage(true));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause")).click();
            assertThat(page.locator("#status")).hasText("PAUSED");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete")).click();
            assertThat(page.locator("[role=status]")).hasText("The subscription was deleted.");
        }
    }

    @Test
    void theSubscribePageWorksInRussianWithoutJavaScriptAndFromTheKeyboard() {
        try (BrowserContext context = browser.context("ru-RU")) {
            Page page = context.newPage();
            page.navigate(base.toString());
            assertThat(page.locator("html")).hasAttribute("lang", "ru");
            assertThat(page.locator("h1")).hasText("Подписка на пресс-релизы МИД");
            assertThat(page.locator("datalist#countries option[value='Казахстан (KZ)']")).hasCount(1);
            // every form control has a label
            for (String id : page.locator("input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, textarea")
                    .evaluateAll("els => els.map(e => e.id)").toString().replaceAll("[\\[\\] ]", "").split(",")) {
                assertThat(page.locator("label[for='" + id + "']")).hasCount(1);
            }
            page.keyboard().press("Tab");
            assertThat(page.locator(":focus")).hasText("К содержимому");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("subscribe-ru")).setFullPage(true));
        }
    }
}
