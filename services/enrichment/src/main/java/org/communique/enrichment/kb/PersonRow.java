package org.communique.enrichment.kb;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "people")
public class PersonRow extends PanacheEntityBase {

    @Id
    public String id;

    public String country;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "name_ru")
    public String nameRu;

    @Column(name = "name_kk")
    public String nameKk;

    @Column(name = "name_ky")
    public String nameKy;

    @Column(name = "surname_alone")
    public boolean surnameAlone = true;

    @ElementCollection
    @CollectionTable(name = "person_names", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    public List<Name> names = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "office_terms", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    public List<Term> terms = new ArrayList<>();

    /** kind: {@code alias} (another full spelling) or {@code short} (one word that names the person alone). */
    @Embeddable
    public static class Name {
        public String kind;
        public String name;

        public Name() {
        }

        Name(String kind, String name) {
            this.kind = kind;
            this.name = name;
        }
    }

    @Embeddable
    public static class Term {
        public String office;

        @Column(name = "starts_on")
        public LocalDate startsOn;

        @Column(name = "ends_on")
        public LocalDate endsOn;

        public boolean acting;

        public String note;

        /** The state an ambassador is accredited to (ISO 3166-1 alpha-2); null for every other office. */
        public String post;
    }
}
