package org.communique.enrichment.budget;

import org.communique.contracts.Tagged;
import org.communique.enrichment.tagger.TagInput;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TaggingBudgetTest {

    private static final LocalDate DAY = LocalDate.of(2024, 2, 1);

    @Test
    void aTextWithinTheBudgetIsTaggedWhole() {
        TagInput input = new TagInput("Заголовок", "Казахстан ".repeat(10), "ru", DAY);
        TaggingBudget.Budgeted budgeted = TaggingBudget.ofCharacters(100).apply(input);
        assertThat(budgeted.input()).isSameAs(input);
        assertThat(budgeted.tagged()).isEqualTo(new Tagged(100, false));
    }

    @Test
    void aLongerTextIsCutAtTheLastBlankBeforeTheBudgetAndSaysSo() {
        String text = "Казахстан ".repeat(30);        // 300 characters; a blank at 9, 19, ...
        TaggingBudget.Budgeted budgeted = TaggingBudget.ofCharacters(105).apply(new TagInput("T", text, "ru", DAY));
        assertThat(budgeted.input().text()).isEqualTo(text.substring(0, 99));
        assertThat(budgeted.tagged()).isEqualTo(new Tagged(99, true));
        assertThat(budgeted.input().title()).isEqualTo("T");
        assertThat(budgeted.input().publishedAt()).isEqualTo(DAY);
    }

    @Test
    void aWordLongerThanTheBackOffIsCutAtTheBudgetButNeverInsideASurrogatePair() {
        String text = "😀".repeat(1_000);
        TaggingBudget.Budgeted budgeted = TaggingBudget.ofCharacters(101).apply(new TagInput(null, text, null, null));
        assertThat(budgeted.tagged()).isEqualTo(new Tagged(100, true));
        assertThat(Character.isHighSurrogate(budgeted.input().text().charAt(99))).isFalse();

        String letters = "а".repeat(1_000);
        assertThat(TaggingBudget.ofCharacters(500).apply(new TagInput(null, letters, null, null)).tagged())
                .isEqualTo(new Tagged(500, true));
    }

    @Test
    void aMissingTextIsNothingToCut() {
        assertThat(TaggingBudget.ofCharacters(10).apply(new TagInput("T", null, null, null)).tagged())
                .isEqualTo(new Tagged(0, false));
    }
}
