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

import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "countries")
public class CountryRow extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "name_ru")
    public String nameRu;

    @Column(name = "name_kk")
    public String nameKk;

    @Column(name = "name_ky")
    public String nameKy;

    @ElementCollection
    @CollectionTable(name = "country_names", joinColumns = @JoinColumn(name = "country_code"))
    @OrderColumn(name = "position")
    public List<Name> names = new ArrayList<>();

    @Embeddable
    public static class Name {
        public String kind;
        public String name;
        public String languages;

        public Name() {
        }

        Name(String kind, String name, String languages) {
            this.kind = kind;
            this.name = name;
            this.languages = languages;
        }
    }
}
