package org.communique.ingest.releases;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseUrlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://mfa.gov.kz/ru/news/123                          | https://mfa.gov.kz/ru/news/123",
            "HTTPS://MFA.Gov.KZ/ru/news/123                          | https://mfa.gov.kz/ru/news/123",
            "https://mfa.gov.kz/ru/news/123/                         | https://mfa.gov.kz/ru/news/123",
            "https://mfa.gov.kz/                                     | https://mfa.gov.kz",
            "https://mfa.gov.kz:443/ru/news/123                      | https://mfa.gov.kz/ru/news/123",
            "http://mfa.gov.kz:80/a                                  | http://mfa.gov.kz/a",
            "http://mfa.gov.kz:8080/a                                | http://mfa.gov.kz:8080/a",
            "https://mfa.gov.kz/ru/news/123#top                      | https://mfa.gov.kz/ru/news/123",
            "https://mfa.gov.kz/ru/./news/../news/123                | https://mfa.gov.kz/ru/news/123",
            "https://mfa.gov.kz/news?id=5&utm_source=tg&utm_medium=x | https://mfa.gov.kz/news?id=5",
            "https://mfa.gov.kz/news?utm_campaign=spring&fbclid=abc  | https://mfa.gov.kz/news",
            "https://mfa.gov.kz/news?yclid=1&page=2&lang=ru          | https://mfa.gov.kz/news?page=2&lang=ru",
            "https://mfa.gov.kz/%d0%bd%d0%be%d0%b2%d0%be%d1%81%d1%82%d0%b8 | https://mfa.gov.kz/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8",
            "https://mfa.gov.kz/новости                              | https://mfa.gov.kz/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8",
            "https://мид.рф/новости/1                                | https://xn--d1ahl.xn--p1ai/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/1",
            " https://mfa.gov.kg/news/1                              | https://mfa.gov.kg/news/1"})
    void canonicalForm(String url, String canonical) {
        assertThat(ReleaseUrl.parse(url)).hasValueSatisfying(parsed -> {
            assertThat(parsed.canonical()).isEqualTo(canonical);
            assertThat(parsed.url()).isEqualTo(url.strip());
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "mfa.gov.kz/news", "/ru/news/1", "ftp://mfa.gov.kz/a", "mailto:press@mfa.gov.kz",
            "javascript:alert(1)", "https://", "https://user:pw@mfa.gov.kz/a", "https://mfa.gov.kz/a b",
            "https:///path-only"})
    void rejected(String url) {
        assertThat(ReleaseUrl.parse(url)).isEmpty();
    }
}
