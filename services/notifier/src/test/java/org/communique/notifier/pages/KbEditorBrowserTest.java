package org.communique.notifier.pages;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge-base editor in real Chromium, JavaScript switched off (it has none): an operator signs in with the
 * admin key, finds a person, adds an office holding and sees it listed, closes it; hostile names typed into the
 * editor are shown as text on every page that shows them.
 */
@QuarkusTest
@QuarkusTestResource(EnrichmentNamesStub.class)
class KbEditorBrowserTest {

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

    private static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    private void signIn(Page page, String lang) {
        page.navigate(base + "operator/kb?lang=" + lang);
        page.getByLabel("en".equals(lang) ? "Admin key" : "Ключ администратора").fill("test-admin-key");
        page.getByLabel("en".equals(lang) ? "Admin key" : "Ключ администратора").press("Enter");
    }

    @Test
    void anOperatorAddsAnOfficeHoldingAndSeesItListed() {
        try (BrowserContext context = browser.contextWithoutJavaScript("en-US")) {
            Page page = context.newPage();
            signIn(page, "en");
            assertThat(page.locator("h1")).hasText("Knowledge base");
            page.getByLabel("Name (any of ru, en, kk, ky)").fill("Japarov");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sadyr Japarov")).click();
            assertThat(page.locator("h1")).containsText("Sadyr Japarov");

            page.getByLabel("Office", exact()).selectOption("prime_minister");
            page.getByLabel("From", exact()).fill("2020-10-14");
            page.getByLabel("Until (the first day out of office; empty while in office)").fill("2021-01-28");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the office")).click();

            assertThat(page.locator(".message")).hasText("The office holding was added.");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/operator/kb/people/sadyr-japarov\\?lang=en&done=term-added$"));
            com.microsoft.playwright.Locator added = page.locator("#offices tbody tr")
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("prime_minister"));
            assertThat(added).hasCount(1);
            assertThat(added).containsText("2020-10-14");
            assertThat(added).containsText("2021-01-28");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("operator-kb-person")).setFullPage(true));

            // a refusal: the same office again, overlapping, shows the enrichment's reason and nothing changes
            page.getByLabel("Office", exact()).selectOption("president");
            page.getByLabel("From", exact()).fill("2024-01-01");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the office")).click();
            assertThat(page.locator("#refusal")).containsText("overlaps terms[0] of the same office");
            assertThat(page.locator("#offices tbody tr")).hasCount(2);

            page.navigate(base + "operator/kb?lang=ru");
            assertThat(page.locator("#changes")).containsText("sadyr-japarov");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("operator-kb")).setFullPage(true));
        }
    }

    @Test
    void hostileNamesTypedIntoTheEditorNeverExecute() {
        String id = "xss-kb-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> dialogs = new CopyOnWriteArrayList<>();
        try (BrowserContext context = browser.context("ru-RU")) {
            Page page = context.newPage();
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            signIn(page, "ru");
            page.getByLabel("Id (строчные латинские слова через дефис, например sadyr-japarov)").fill(id);
            page.getByLabel("Страна (код ISO, например KG)").fill("KZ");
            page.getByLabel("Имя по-русски").fill("Xkbtest " + PagesXssBrowserTest.CORPUS.get(0));
            page.getByLabel("Имя по-английски").fill("Xkbtest " + PagesXssBrowserTest.CORPUS.get(1));
            page.getByLabel("Имя по-казахски (необязательно)").fill("Xkbtest " + PagesXssBrowserTest.CORPUS.get(2));
            page.getByLabel("Должность", exact()).selectOption("foreign_minister");
            page.getByLabel("С", exact()).fill("1950-01-01");
            page.getByLabel("До (первый день вне должности; пусто, пока в должности)").fill("1951-01-01");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Добавить человека")).click();
            assertThat(page.locator(".message")).hasText("Человек добавлен.");

            for (String hostile : PagesXssBrowserTest.CORPUS.subList(3, PagesXssBrowserTest.CORPUS.size())) {
                page.getByLabel("другое написание (любой язык)").check();
                page.getByLabel("Написание", exact()).fill(hostile);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Добавить имя")).click();
                assertThat(page.locator(".message")).hasText("Имя добавлено.");
            }
            assertThat(page.locator("#names")).containsText("<script>window.__xss=1;");
            assertThat(page.locator("main script, main img, main svg, main iframe, #names a")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("operator-kb-xss")).setFullPage(true));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Все люди")).click();
            assertThat(page.locator("#changes")).containsText(id);
            assertThat(page.locator("main script, main img, main svg, main iframe")).hasCount(0);
            page.getByLabel("Имя (по-русски, по-английски, по-казахски или по-кыргызски)").fill("Xkbtest");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Искать")).click();
            assertThat(page.locator("#hits")).containsText("Xkbtest <script>");
            assertThat(page.locator("main script, main img, main svg, main iframe")).hasCount(0);
            assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
        }
        assertThat(dialogs).isEmpty();
    }
}
