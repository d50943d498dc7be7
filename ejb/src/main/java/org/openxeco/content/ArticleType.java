package org.openxeco.content;

import org.openxeco.kernel.ObjectType;

/** The five kinds of article, each with the object type used for tagging and feeds. */
public enum ArticleType {
    NEWS(ObjectType.NEWS),
    EVENT(ObjectType.EVENT),
    JOB_OFFER(ObjectType.JOB_OFFER),
    SERVICE(ObjectType.SERVICE),
    TOOL(ObjectType.TOOL);

    private final ObjectType objectType;

    ArticleType(ObjectType objectType) {
        this.objectType = objectType;
    }

    public ObjectType objectType() {
        return objectType;
    }
}
