package org.openxeco.kernel;

import java.io.Serializable;

/** One failing field of an input: its path (for example {@code addresses[0].countryCode}) and why. */
public record FieldError(String field, String message) implements Serializable {
}
