package org.communique.enrichment.kb;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "blocked_phrases")
public class BlockedPhraseRow extends PanacheEntityBase {

    @Id
    public String phrase;
}
