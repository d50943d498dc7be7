package org.openxeco.network.peers;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.Jsonp;

/** A peer's verified answer: status, header fields by lower-case name and body. */
public record PeerReply(int status, Map<String, String> headers, byte[] body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as a JSON object; a peer call failure if it is not one. */
    public JsonObject json() {
        try (var reader = Jsonp.createReader(new StringReader(text()))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new PeerCallException("The peer's answer is not a JSON object", status);
        }
    }

    /** The problem type kind of an error answer, e.g. {@code bad-signature}. */
    public Optional<String> problemKind() {
        if (ok() || body.length == 0) {
            return Optional.empty();
        }
        try (var reader = Jsonp.createReader(new StringReader(text()))) {
            String type = reader.readObject().getString("type", "");
            int colon = type.lastIndexOf(':');
            return Optional.of(colon >= 0 ? type.substring(colon + 1) : type);
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /** The failing fields of a peer's 400 answer, or one entry with its detail. */
    public List<FieldError> fieldErrors() {
        List<FieldError> errors = new ArrayList<>();
        try (var reader = Jsonp.createReader(new StringReader(text()))) {
            JsonObject problem = reader.readObject();
            JsonArray list = problem.getJsonArray("errors");
            if (list != null) {
                for (JsonValue value : list) {
                    JsonObject error = value.asJsonObject();
                    errors.add(new FieldError(error.getString("field", "query"),
                            error.getString("message", "")));
                }
            }
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            // No problem body: the detail below is all there is.
        }
        if (errors.isEmpty()) {
            errors.add(new FieldError("query", problemDetail()));
        }
        return errors;
    }

    /** The detail of an error answer, or its status. */
    public String problemDetail() {
        try (var reader = Jsonp.createReader(new StringReader(text()))) {
            return reader.readObject().getString("detail", "HTTP " + status);
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return "HTTP " + status;
        }
    }
}
