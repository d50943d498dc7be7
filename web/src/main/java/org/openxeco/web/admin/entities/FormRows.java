package org.openxeco.web.admin.entities;

import java.io.Serializable;

import org.openxeco.directory.Identifier;
import org.openxeco.directory.IdentifierScheme;

/**
 * The identifier rows of the administrators' entity form; websites and addresses use the
 * rows both entity forms share ({@link EntityRows}).
 */
public final class FormRows {

    private FormRows() {
    }

    /** One identifier in an outside registry. */
    public static class IdentifierRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private IdentifierScheme scheme = IdentifierScheme.OTHER;
        private String value;

        static IdentifierRow of(Identifier identifier) {
            IdentifierRow row = new IdentifierRow();
            row.scheme = identifier.getScheme();
            row.value = identifier.getValue();
            return row;
        }

        Identifier toIdentifier() {
            return new Identifier(scheme, value);
        }

        public IdentifierScheme getScheme() {
            return scheme;
        }

        public void setScheme(IdentifierScheme scheme) {
            this.scheme = scheme;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }
}
