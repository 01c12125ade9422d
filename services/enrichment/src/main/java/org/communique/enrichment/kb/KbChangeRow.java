package org.communique.enrichment.kb;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One entry of the knowledge base's change log; {@code body} is the record after the change, as JSON. */
@Entity
@Table(name = "kb_changes")
public class KbChangeRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "kb_version")
    public long kbVersion;

    @Column(name = "changed_at")
    public Instant changedAt;

    public String action;

    public String entity;

    @Column(name = "entity_id")
    public String entityId;

    public String body;
}
