package org.communique.ingest.releases;

import org.communique.platform.problem.Problem;
import org.communique.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SubmissionValidatorTest {

    @Test
    void validSubmissionBecomesADraft() {
        ReleaseDraft draft = SubmissionValidator.validate(new ReleaseSubmission(" kz-101 ",
                "https://mfa.gov.kz/ru/news/101/?utm_source=x", "<b>Визит</b> в Ташкент",
                "<p>Министр посетит Ташкент.</p>", "RU", "2026-05-14T09:30:00.123456789+05:00"));

        assertThat(draft.externalId()).isEqualTo("kz-101");
        assertThat(draft.url()).isEqualTo("https://mfa.gov.kz/ru/news/101/?utm_source=x");
        assertThat(draft.canonicalUrl()).isEqualTo("https://mfa.gov.kz/ru/news/101");
        assertThat(draft.title()).isEqualTo("Визит в Ташкент");
        assertThat(draft.body()).isEqualTo("Министр посетит Ташкент.");
        assertThat(draft.language()).isEqualTo("ru");
        assertThat(draft.publishedAt()).isEqualTo(Instant.parse("2026-05-14T04:30:00.123456Z"));
        assertThat(draft.contentHash()).isEqualTo(ContentHash.of("Визит в Ташкент", "Министр посетит Ташкент."));
    }

    @Test
    void onlyTitleAndBodyAreRequired() {
        ReleaseDraft draft = SubmissionValidator.validate(new ReleaseSubmission(null, null, "Title", "Body", null, null));

        assertThat(draft.externalId()).isNull();
        assertThat(draft.url()).isNull();
        assertThat(draft.canonicalUrl()).isNull();
        assertThat(draft.language()).isNull();
        assertThat(draft.publishedAt()).isNull();
        assertThat(draft.itemKey()).isEqualTo("content:" + draft.contentHash());
    }

    @Test
    void everyViolationIsListed() {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> SubmissionValidator.validate(
                new ReleaseSubmission("", "ftp://x", null, " ", "zz", "soon")));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.slug()).isEqualTo("invalid-request");
        assertThat(problem.errors()).extracting(Problem.FieldError::field)
                .containsExactly("externalId", "url", "title", "body", "language", "publishedAt");
        assertThat(problem.getMessage()).startsWith("externalId must not be blank when present; url must be");
    }

    @Test
    void missingBodyIsABadRequest() {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> SubmissionValidator.validate(null));

        assertThat(problem.status()).isEqualTo(400);
    }

    @Test
    void publishedAtOutsideTheStorableRangeIsRejected() {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> SubmissionValidator.validate(
                new ReleaseSubmission(null, null, "Title", "Body", null, "+10000-01-01T00:00:00Z")));

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("publishedAt");
    }
}
