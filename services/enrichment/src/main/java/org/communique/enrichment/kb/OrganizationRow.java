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
@Table(name = "organizations")
public class OrganizationRow extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "name_ru")
    public String nameRu;

    @Column(name = "name_kk")
    public String nameKk;

    @Column(name = "name_ky")
    public String nameKy;

    @ElementCollection
    @CollectionTable(name = "organization_names", joinColumns = @JoinColumn(name = "organization_id"))
    @OrderColumn(name = "position")
    public List<Name> names = new ArrayList<>();

    /** kind: {@code alias} or {@code abbreviation}. */
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
}
