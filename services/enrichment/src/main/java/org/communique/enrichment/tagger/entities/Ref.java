package org.communique.enrichment.tagger.entities;

/** What a gazetteer phrase refers to. */
public sealed interface Ref permits Ref.CountryRef, Ref.PersonRef, Ref.OrganizationRef, Ref.RoleRef, Ref.Blocked {

    /** How a text names a country. */
    enum CountryForm { NAME, ABBREVIATION, ADJECTIVE, COMPOUND_PREFIX, DEMONYM, PLACE, INSTITUTION }

    /**
     * {@code town}: a place that shares its name with a person or a word (Kant, Osh, Medina), which alone names the
     * country only where the text shows a place («в Канте», «Ош шаары»).
     */
    record CountryRef(String code, CountryForm form, boolean town) implements Ref {

        public CountryRef(String code, CountryForm form) {
            this(code, form, false);
        }
    }

    /** {@code fullName}: given name and surname matched, not the surname alone. */
    record PersonRef(String personId, boolean fullName) implements Ref {
    }

    record OrganizationRef(String id) implements Ref {
    }

    record RoleRef(RolePhrase phrase) implements Ref {
    }

    /** A phrase that contains country words but names no country («Советский Союз»); it only hides them. */
    record Blocked() implements Ref {
    }
}
