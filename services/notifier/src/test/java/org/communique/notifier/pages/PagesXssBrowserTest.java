package org.communique.notifier.pages;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.communique.notifier.support.SubscriptionsApi;
import org.communique.notifier.support.TestReleases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Release titles and bodies, and whatever a visitor types, are shown as text in every page: nothing runs. */
@QuarkusTest
class PagesXssBrowserTest {

    static final List<String> CORPUS = List.of(
            "<script>window.__xss=1;alert('script')</script>",
            "<img src=x onerror=\"window.__xss=1;alert('img')\">",
            "\"><svg onload=alert('svg')>",
            "</textarea><script>alert('textarea')</script>",
            "'};alert('js');//",
            "<a href=\"javascript:alert('href')\">click</a>",
            "<iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
            "{t.title}{#if true}qute{/if}");

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
    void hostileReleasesOnTheLiveStreamAndHostileInputInFormsNeverExecute() {
        String keyword = String.join(" ", CORPUS);
        var created = SubscriptionsApi.create("{\"visit\": {\"visitorCountries\": [\"KG\"]}}", "{\"type\": \"feed\"}");
        List<String> dialogs = new CopyOnWriteArrayList<>();
        try (BrowserContext context = browser.context("en-US")) {
            Page page = context.newPage();
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            page.navigate(base + "manage?lang=en");
            page.getByLabel("Subscription id").fill(created.id());
            page.getByLabel("Token").fill(created.token());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open")).click();

            for (String hostile : CORPUS) {
                TestReleases.publish(TestReleases.variant(TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1))
                        .id(UUID.randomUUID()).text("Визит " + hostile, hostile + " Казахстан " + hostile).build());
            }
            assertThat(page.locator("#live li")).hasCount(CORPUS.size(),
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(30_000));
            assertThat(page.locator("#live li .title").allTextContents())
                    .anySatisfy(title -> assertThat(title).contains("<script>window.__xss=1;"));
            assertThat(page.locator("#live script, #live img, #live svg, #live iframe, #live a")).hasCount(0);

            // the filter editor and the error page reflect what was typed, escaped
            page.getByLabel("Filter (JSON)").fill("{\"keywords\": [" + quoted(keyword) + "]}");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save filter")).click();
            assertThat(page.locator("main")).containsText("</textarea><script>");
            assertThat(page.locator("main script:not([src])")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("manage-xss")).setFullPage(true));

            page.navigate(base + "?lang=en");
            page.getByLabel("Keywords").fill(keyword);
            page.getByLabel("Webhook (POST to your URL)").check();
            page.getByLabel("Webhook URL").evaluate("e => e.type = 'text'");
            page.getByLabel("Webhook URL").fill("javascript:alert('url')" + CORPUS.get(1));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subscribe")).click();
            assertThat(page.locator(".error")).isVisible();

            assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
        }
        assertThat(dialogs).isEmpty();
    }

    @Test
    void hostileNamesFromTheAutocompleteAndHostileTitlesInThePreviewNeverExecute() {
        String ministerId = "xss-preview-" + UUID.randomUUID();
        for (int i = 0; i < CORPUS.size(); i++) {
            EnrichmentNamesStub.add("official", "xss-" + i + "\"'><script>alert(1)</script>",
                    java.util.Map.of("en", "Xsstest " + CORPUS.get(i), "ru", "Xsstest " + CORPUS.get(i)), CORPUS.get(i));
        }
        for (String hostile : CORPUS) {
            TestReleases.publish(TestReleases.variant(TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1, ministerId))
                    .id(UUID.randomUUID()).text("Визит " + hostile, hostile + " Казахстан").build());
        }
        List<String> dialogs = new CopyOnWriteArrayList<>();
        try (BrowserContext context = browser.context("en-US")) {
            Page page = context.newPage();
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            page.navigate(base + "?lang=en");
            page.locator("#officials").pressSequentially("Xsstest");
            assertThat(page.locator("#officials")).hasAttribute("data-suggested", String.valueOf(CORPUS.size()));
            assertThat(page.locator("#officials-names option[value*='<script>']").first()).hasCount(1);
            assertThat(page.locator("script:not([src]), img, svg, iframe")).hasCount(0);

            page.locator("#officials").fill(ministerId);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview: recent releases this filter matches")).click();
            assertThat(page.locator("#preview li")).hasCount(CORPUS.size());
            assertThat(page.locator("#preview li .title").allTextContents())
                    .anySatisfy(title -> assertThat(title).contains("<script>window.__xss=1;"));
            assertThat(page.locator("#preview script, #preview img, #preview svg, #preview iframe, #preview a")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("preview-xss")).setFullPage(true));
            assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
        }
        assertThat(dialogs).isEmpty();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
