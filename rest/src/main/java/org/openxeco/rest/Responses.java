package org.openxeco.rest;

import java.net.URI;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** The answers of single-object reads and writes, each carrying the version as ETag. */
public final class Responses {

    /** The media type of schema.org JSON-LD answers and bodies. */
    public static final String LD_JSON = "application/ld+json";

    /**
     * How the JSON-LD variants of reads are declared: a server-side quality below JSON's, so
     * that a client accepting anything (or sending no Accept) still gets JSON, and only one
     * that prefers JSON-LD gets it.
     */
    public static final String LD_JSON_VARIANT = LD_JSON + ";qs=0.5";

    /** The suffix that tells the ETag of a JSON-LD answer from the JSON one's. */
    static final String LD_TAG_SUFFIX = "-ld";

    private Responses() {
    }

    /**
     * 200 with an object's schema.org JSON-LD. Its ETag is the version followed by
     * {@code -ld}, so that it differs from the JSON answer's, and If-Match takes it too.
     */
    public static Response linkedData(JsonObject body, long version) {
        return Response.ok(body.toString(), LD_JSON)
                .tag(new EntityTag(version + LD_TAG_SUFFIX)).build();
    }

    /** 200 with the object and its version. */
    public static Response found(Object body, long version) {
        return Response.ok(body).tag(tag(version)).build();
    }

    /** 201 with the new object's URI, body and version. */
    public static Response created(String uri, Object body, long version) {
        return Response.created(URI.create(uri)).tag(tag(version)).entity(body).build();
    }

    /** 204 with the version the change produced. */
    public static Response changed(long version) {
        return Response.noContent().tag(tag(version)).build();
    }

    private static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
