package org.openxeco.rest.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the view the API answers with for what this body writes: the fields that view has
 * and the body has not (its id, URI, times…) may be sent back as they came and are ignored,
 * so that what a GET gave can be changed and PUT again. Any other unknown field is refused.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AnsweredAs {

    /** The record the API answers with. */
    Class<? extends Record> value();
}
