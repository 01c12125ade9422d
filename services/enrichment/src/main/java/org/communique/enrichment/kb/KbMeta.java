package org.communique.enrichment.kb;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The single row that versions the knowledge base: {@code kbVersion} goes up with every change, {@code dataVersion}
 * is the version of the data files last imported.
 */
@Entity
@Table(name = "kb_meta")
public class KbMeta extends PanacheEntityBase {

    static final short ID = 1;

    @Id
    public short id;

    @Column(name = "kb_version")
    public long kbVersion;

    @Column(name = "data_version")
    public long dataVersion;

    @Column(name = "updated_at")
    public Instant updatedAt;

    static KbMeta get() {
        return findById(ID);
    }

    /** The row, locked until the transaction ends: one writer at a time, across instances. */
    static KbMeta lock() {
        return findById(ID, LockModeType.PESSIMISTIC_WRITE);
    }
}
