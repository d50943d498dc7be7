package org.openxeco.setup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named value the node keeps about itself, such as when demo data was loaded. */
@Entity
@Table(name = "node_setting")
public class NodeSetting {

    @Id
    @Column(length = 100)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 4000)
    private String value;

    protected NodeSetting() {
    }

    NodeSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    String value() {
        return value;
    }

    void change(String newValue) {
        this.value = newValue;
    }
}
