package org.communique.ingest.polling;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2026-05-14T10:30:00+05:00                 | 2026-05-14T05:30:00Z",
            "2026-05-14T10:30:00+0600                  | 2026-05-14T04:30:00Z",
            "2026-05-14T10:30:00Z                      | 2026-05-14T10:30:00Z",
            "2026-05-14 10:30                          | 2026-05-14T10:30:00Z",
            "2026-05-14                                | 2026-05-14T00:00:00Z",
            "Thu, 14 May 2026 10:30:00 GMT             | 2026-05-14T10:30:00Z",
            "Опубликовано: 14.05.2026 10:30            | 2026-05-14T10:30:00Z",
            "4.5.2026                                  | 2026-05-04T00:00:00Z",
            "14 мая 2026 г., 09:15                     | 2026-05-14T09:15:00Z",
            "3 марта 2026                              | 2026-03-03T00:00:00Z",
            "1 декабря 2025                            | 2025-12-01T00:00:00Z",
            "14 мамыр 2026                             | 2026-05-14T00:00:00Z",
            "14 May 2026                               | 2026-05-14T00:00:00Z",
            "May 14, 2026                              | 2026-05-14T00:00:00Z",
            "September 3, 2026 at 18:05                | 2026-09-03T18:05:00Z"})
    void understandsWhatSitesShow(String text, String expected) {
        assertThat(PublishedDates.parse(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "yesterday", "31.02.2026", "14 foo 2026", "Пресс-служба"})
    void reportsNothingForWhatIsNotADate(String text) {
        assertThat(PublishedDates.parse(text)).isEmpty();
    }
}
