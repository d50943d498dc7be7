package org.openxeco.rest.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.Jsonp;
import org.openxeco.kernel.Problems;

/**
 * Reads a JSON body against the class it is bound to before JSON Binding does, so that
 * nothing sent is dropped without a word: a field the class does not have (a misspelt name),
 * a value of the wrong kind (a number for a text, a text for a list, "yes" for true) and a
 * name given twice in one object are refused together, each named, and nothing changes.
 * Fields of the view the API answers with ({@link AnsweredAs}) may come back and are
 * ignored. A body that is not JSON at all is left to JSON Binding, which refuses it as such.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!BodyShape.isBound(context.getType()) || !isJson(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        JsonValue value;
        try (var reader = Jsonp.createReader(new ByteArrayInputStream(body))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            return context.proceed();
        }
        List<FieldError> errors = new ArrayList<>();
        RepeatedKeys.in(body).forEach(path -> errors.add(Problems.field(path, "json.repeated")));
        BodyShape.check(value, context.getGenericType(), null, "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || type.getSubtype().endsWith("+json"));
    }
}
