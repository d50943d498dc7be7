package org.openxeco.taxonomy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.openxeco.kernel.Roles;

/**
 * Writes a scheme as a taxonomy CSV file, the format {@link TaxonomyCsv} reads and
 * {@link TaxonomyInstaller#importCsv} imports: {@code code,parent_code,label}, UTF-8,
 * RFC 4180, in tree order (each parent followed by its subtree, siblings by position).
 * Labels are given in the language asked for, falling back to English, then to any label.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TaxonomyExport {

    @Inject
    TaxonomyService taxonomies;

    @Resource
    SessionContext context;

    /** The CSV file of a scheme with labels in the given language. */
    public byte[] exportCsv(UUID schemeUuid, String lang) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        exportCsv(schemeUuid, lang, bytes);
        return bytes.toByteArray();
    }

    /** Writes the CSV file of a scheme to a stream, which is flushed and left open. */
    public void exportCsv(UUID schemeUuid, String lang, OutputStream out) {
        Roles.requireAdmin(context);
        List<TaxonomyValue> values = treeOrder(taxonomies.values(schemeUuid));
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(TaxonomyCsv.HEADER.toArray(String[]::new)).get();
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, format);
            for (TaxonomyValue value : values) {
                printer.printRecord(value.getCode(),
                        value.getParent().map(TaxonomyValue::getCode).orElse(""),
                        value.label(lang));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Depth first: each value followed by its subtree, siblings in the order given. */
    static List<TaxonomyValue> treeOrder(List<TaxonomyValue> byDepthAndPosition) {
        Map<UUID, List<TaxonomyValue>> children = new HashMap<>();
        List<TaxonomyValue> roots = new ArrayList<>();
        for (TaxonomyValue value : byDepthAndPosition) {
            value.getParent().ifPresentOrElse(
                    p -> children.computeIfAbsent(p.getUuid(), k -> new ArrayList<>()).add(value),
                    () -> roots.add(value));
        }
        List<TaxonomyValue> ordered = new ArrayList<>(byDepthAndPosition.size());
        Deque<TaxonomyValue> stack = new ArrayDeque<>();
        pushReversed(stack, roots);
        while (!stack.isEmpty()) {
            TaxonomyValue value = stack.pop();
            ordered.add(value);
            pushReversed(stack, children.getOrDefault(value.getUuid(), List.of()));
        }
        return ordered;
    }

    private static void pushReversed(Deque<TaxonomyValue> stack, List<TaxonomyValue> values) {
        for (int i = values.size() - 1; i >= 0; i--) {
            stack.push(values.get(i));
        }
    }
}
