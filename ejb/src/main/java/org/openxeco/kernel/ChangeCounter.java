package org.openxeco.kernel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row holding the last change sequence number handed out on this node. */
@Entity
@Table(name = "change_counter")
public class ChangeCounter {

    public static final int ROW = 1;

    @Id
    private Integer id;

    @Column(name = "last_value", nullable = false)
    private long lastValue;

    protected ChangeCounter() {
    }

    long next() {
        lastValue++;
        return lastValue;
    }

    public long lastValue() {
        return lastValue;
    }
}
