package org.openxeco.taxonomy.skos;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.util.Context;

import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.Problems;

/**
 * Reads the bytes of a SKOS file into an RDF graph. Turtle and JSON-LD must be UTF-8; a
 * syntax error is reported with its line and column. JSON-LD may not load contexts from
 * elsewhere: the node calls out only where an administrator asked it to.
 */
final class SkosParser {

    /** The base against which relative URIs of an uploaded file are read. */
    static final String BASE = "urn:openxeco:upload:";

    private SkosParser() {
    }

    private static final String REMOTE_CONTEXT = "remote context not loaded <";

    /** The graph of the file, or empty with the problem added to the list. */
    static Optional<Model> parse(byte[] bytes, SkosFormat format, String name,
            List<FieldError> problems) {
        if (format != SkosFormat.RDF_XML) {
            long badLine = malformedUtf8Line(bytes);
            if (badLine > 0) {
                problems.add(Problems.field(name + ":" + badLine, "skos.file.encoding", badLine));
                return Optional.empty();
            }
        }
        Model model = ModelFactory.createDefaultModel();
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, jsonLdOptions());
        try {
            RDFParser.create().source(new ByteArrayInputStream(bytes)).lang(format.lang())
                    .base(BASE).context(context).errorHandler(STRICT).parse(model);
            return Optional.of(model);
        } catch (RiotParseException e) {
            String where = e.getLine() > 0 ? ":" + e.getLine() : "";
            problems.add(remoteContext(e.getOriginalMessage(), name).orElseGet(() -> e.getLine() > 0
                    ? Problems.field(name + where, "skos.file.syntaxAt", e.getLine(), e.getCol(),
                            e.getOriginalMessage())
                    : Problems.field(name, "skos.file.syntax", e.getOriginalMessage())));
        } catch (RiotException e) {
            problems.add(remoteContext(e.getMessage(), name)
                    .orElseGet(() -> Problems.field(name, "skos.file.syntax", e.getMessage())));
        }
        return Optional.empty();
    }

    /**
     * Options for reading JSON-LD that load no context from elsewhere: the refusal's message
     * names the context after a marker, for the problem text to name it (the parser passes
     * the message on, not the error).
     */
    static JsonLdOptions jsonLdOptions() {
        return new JsonLdOptions((url, opts) -> {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    REMOTE_CONTEXT + url + ">");
        });
    }

    /** The problem of a context refused for loading, if that is what the parser says. */
    private static Optional<FieldError> remoteContext(String message, String name) {
        int at = message == null ? -1 : message.indexOf(REMOTE_CONTEXT);
        if (at < 0) {
            return Optional.empty();
        }
        int end = message.indexOf('>', at);
        String url = message.substring(at + REMOTE_CONTEXT.length(),
                end < 0 ? message.length() : end);
        return Optional.of(Problems.field(name, "skos.file.remoteContext", url));
    }

    /** The line (from 1) of the first byte sequence that is not UTF-8, or 0 if none. */
    static long malformedUtf8Line(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return line(bytes, in.position());
            }
            if (result.isUnderflow()) {
                break;
            }
            out.clear();
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            return line(bytes, bytes.length);
        }
        return 0;
    }

    private static long line(byte[] bytes, int end) {
        long line = 1;
        for (int i = 0; i < end; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Warnings pass; errors stop the parse with their line and column. */
    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
            // Warnings (odd but legal input) are checked by the reading that follows.
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    };
}
