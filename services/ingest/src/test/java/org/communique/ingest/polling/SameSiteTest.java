package org.communique.ingest.polling;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class SameSiteTest {

    @ParameterizedTest
    @CsvSource({
            "https://mfa.gov.kg/ru/news, https://mfa.gov.kg/ru/news/1, true",
            "https://mfa.gov.kg/ru/news, https://www.mfa.gov.kg/ru/news/1, true",
            "https://www.mfa.gov.kg/ru/news, https://mfa.gov.kg/ru/news/1, true",
            "https://mfa.gov.kg/ru/news, https://en.MFA.gov.kg/news/1, true",
            "https://mfa.gov.kg/ru/news, https://mfa.gov.kg./news/1, true",
            "https://mfa.gov.kg/ru/news, https://gov.kg/news/1, false",
            "https://mfa.gov.kg/ru/news, https://evilmfa.gov.kg/news/1, false",
            "https://mfa.gov.kg/ru/news, https://mfa.gov.kg.example.com/news/1, false",
            "https://mfa.gov.kg/ru/news, http://169.254.169.254/latest/meta-data/, false",
            "http://localhost:8080/news, http://127.0.0.1:8080/news/1, false"
    })
    void articleLinksStayOnTheSourcesSite(String listPage, String link, boolean followed) {
        assertThat(SameSite.of(URI.create(listPage)).contains(URI.create(link))).isEqualTo(followed);
    }
}
