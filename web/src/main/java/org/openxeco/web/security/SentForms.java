package org.openxeco.web.security;

import java.util.Map;

/**
 * Which form of a page a post came from. Faces implementations mark a sent form each in
 * their own way: MyFaces with a parameter named after the form plus {@code _SUBMIT},
 * Mojarra with a parameter whose name and value are both the form's client id.
 */
public final class SentForms {

    private SentForms() {
    }

    /** Whether the parameters carry the mark of the form with this client id. */
    public static boolean sent(Map<String, String> parameters, String form) {
        return parameters.containsKey(form + "_SUBMIT") || form.equals(parameters.get(form));
    }

    /** Whether the parameters carry the mark of any form at all. */
    public static boolean anySent(Map<String, String> parameters) {
        return parameters.entrySet().stream().anyMatch(e -> e.getKey().endsWith("_SUBMIT")
                || !e.getKey().isEmpty() && e.getKey().equals(e.getValue()));
    }
}
