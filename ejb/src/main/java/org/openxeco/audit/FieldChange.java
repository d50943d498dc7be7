package org.openxeco.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One field of one change: its old and new display value ({@code null} when absent). */
@Embeddable
public class FieldChange {

    static final int VALUE_MAX = 4000;

    @Column(nullable = false, length = 100)
    private String field;

    @Column(name = "old_value", length = VALUE_MAX)
    private String oldValue;

    @Column(name = "new_value", length = VALUE_MAX)
    private String newValue;

    protected FieldChange() {
    }

    FieldChange(String field, String oldValue, String newValue) {
        this.field = field;
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
    }

    private static String clip(String value) {
        return value == null || value.length() <= VALUE_MAX ? value
                : value.substring(0, VALUE_MAX - 1) + "\u2026";
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
