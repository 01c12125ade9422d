package org.communique.notifier.pages;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilterFormTest {

    @Test
    void countryPickersAcceptCodesAndNamesInEveryPageLanguage() {
        assertThat(FilterForm.code("Kyrgyzstan (KG)")).isEqualTo("KG");
        assertThat(FilterForm.code("Казахстан (KZ)")).isEqualTo("KZ");
        assertThat(FilterForm.code("kz")).isEqualTo("KZ");
        assertThat(FilterForm.code("Казахстан")).isEqualTo("KZ");
        assertThat(FilterForm.code("Kazakhstan")).isEqualTo("KZ");
        assertThat(FilterForm.code("Atlantis")).isEqualTo("Atlantis");
    }

    @Test
    void theFormBecomesTheApisFilter() {
        var filter = FilterForm.filter(List.of("visit"), "Kyrgyzstan (KG)", "Kazakhstan (KZ)", List.of("PLANNED"),
                null, "Садыр Жапаров", List.of("ambassador", "president"), "визит, переговоры", List.of("ru"), null);
        assertThat(filter.toString()).isEqualTo("{\"events\":[\"VISIT\"],\"visit\":{\"visitorCountries\":[\"KG\"],"
                + "\"hostCountries\":[\"KZ\"],\"statuses\":[\"PLANNED\"]},\"officials\":[\"Садыр Жапаров\"],"
                + "\"roles\":[\"ambassador\",\"president\"],\"keywords\":[\"визит\",\"переговоры\"],\"languages\":[\"ru\"]}");
    }

    @Test
    void oversizedFieldsAreRefusedBeforeTheApi() {
        String many = String.join(",", java.util.Collections.nCopies(51, "x"));
        assertThatThrownBy(() -> FilterForm.filter(null, null, null, null, null, null, null, many, null, null))
                .isInstanceOf(FilterForm.TooLarge.class).hasMessageContaining("keywords");
        List<String> roles = java.util.Collections.nCopies(51, "president");
        assertThatThrownBy(() -> FilterForm.filter(null, null, null, null, null, null, roles, null, null, null))
                .isInstanceOf(FilterForm.TooLarge.class).hasMessageContaining("roles");
        assertThatThrownBy(() -> FilterForm.channel("webhook", null, "x".repeat(2001), null))
                .isInstanceOf(FilterForm.TooLarge.class);
    }

    @Test
    void officialsPickedFromTheAutocompleteBecomeTheirIdsAndTypedNamesStayNames() {
        var filter = FilterForm.filter(null, null, null, null, null,
                "Садыр Жапаров (sadyr-japarov), Kassym-Jomart Tokayev, Мұрат Нұртілеу (murat-nurtleu)", null, null, null,
                null);
        assertThat(filter.path("officials").toString())
                .isEqualTo("[\"sadyr-japarov\",\"Kassym-Jomart Tokayev\",\"murat-nurtleu\"]");
    }
}
