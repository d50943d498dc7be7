package org.openxeco.rest.node;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks a resource or method of the node-to-node API: its requests must carry a valid
 * HTTP message signature of a peer in an active handshake (or, for the handshake calls
 * themselves, of any node), and its responses are signed with this node's key.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface NodeToNode {

    /** Whether the caller may be a node that is not (yet) in an active handshake. */
    boolean handshake() default false;
}
