package org.openxeco.network.catalogue;

/** A peer answered with a body that is not a catalogue page; the message says what is wrong. */
public class CatalogueFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CatalogueFormatException(String message) {
        super(message);
    }

    public CatalogueFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
