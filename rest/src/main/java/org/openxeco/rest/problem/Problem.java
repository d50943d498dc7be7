package org.openxeco.rest.problem;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.openxeco.kernel.FieldError;

/** A problem details body. Optional members are null and left out of the JSON. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors",
        "givenVersion", "currentVersion"})
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors, Long givenVersion, Long currentVersion) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:openxeco:problem:";

    public static Problem of(String kind, String title, int status, String detail,
            String instance) {
        return new Problem(TYPE_PREFIX + kind, title, status, detail, instance, null, null,
                null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, givenVersion,
                currentVersion);
    }

    public Problem withVersions(long given, long current) {
        return new Problem(type, title, status, detail, instance, errors, given, current);
    }
}
