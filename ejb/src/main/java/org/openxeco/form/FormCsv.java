package org.openxeco.form;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openxeco.kernel.Roles;
import org.openxeco.media.CsvExport;

/**
 * A form's sent answers as CSV: one row per answer, one column per question after the
 * answer's id, when it was sent, the member and the entity; the choices of a multiple-choice
 * question joined in the question's order. Cells are made formula-safe; answers are read a
 * page at a time.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class FormCsv {

    /** The columns before the questions'. */
    public static final List<String> FIXED = List.of("response", "submitted", "member",
            "entity");

    private static final Logger LOG = Logger.getLogger(FormCsv.class.getName());
    private static final int PAGE = 200;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /**
     * Writes the sent answers of the form to the stream in UTF-8, behind a byte order mark
     * if asked. The stream is flushed but left open. Returns the number of answers written.
     */
    public long write(UUID formUuid, OutputStream out, boolean byteOrderMark) {
        Roles.requireAdmin(context);
        Form form = FormBuilder.find(em, formUuid);
        List<UUID> questions = form.getQuestions().stream().map(Question::getUuid).toList();
        List<String> header = new ArrayList<>(FIXED);
        form.getQuestions().forEach(q -> header.add(q.getLabel()));

        long rows = 0;
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            if (byteOrderMark) {
                writer.write('\ufeff');
            }
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(header.stream().map(CsvExport::cell));
            long after = -1;
            List<FormResponse> page;
            do {
                page = page(form, after);
                Map<Long, List<Cell>> answers = answers(page);
                for (FormResponse response : page) {
                    printer.printRecord(row(response, questions,
                            answers.getOrDefault(response.getId(), List.of())));
                    rows++;
                    after = response.getId();
                }
                em.clear();
                form = FormBuilder.find(em, formUuid);
            } while (page.size() == PAGE);
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the answers as CSV", e);
        }
        long written = rows;
        LOG.info(() -> "Form " + formUuid + " exported: " + written + " answers");
        return rows;
    }

    private List<FormResponse> page(Form form, long after) {
        return em.createQuery("select r from FormResponse r where r.form = :f and r.state = :s"
                + " and r.id > :after order by r.id", FormResponse.class).setParameter("f", form)
                .setParameter("s", ResponseState.SUBMITTED).setParameter("after", after)
                .setMaxResults(PAGE).getResultList();
    }

    /** The answers of the page by response, each with its choices' labels in order. */
    private Map<Long, List<Cell>> answers(List<FormResponse> page) {
        Map<Long, List<Cell>> byResponse = new HashMap<>();
        if (page.isEmpty()) {
            return byResponse;
        }
        Map<Long, List<String>> picked = new HashMap<>();
        em.createQuery("select a.id, c.label from Answer a join a.choices c"
                + " where a.response in :page order by a.id, c.position", Object[].class)
                .setParameter("page", page).getResultList().forEach(row -> picked
                .computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]));
        em.createQuery("select a from Answer a where a.response in :page", Answer.class)
                .setParameter("page", page).getResultList().forEach(a -> byResponse
                .computeIfAbsent(a.getResponse().getId(), k -> new ArrayList<>())
                .add(new Cell(a.getQuestion().getUuid(),
                        value(a, picked.getOrDefault(a.getId(), List.of())))));
        return byResponse;
    }

    /** The text of one answer under its question's column. */
    private record Cell(UUID question, String text) {
    }

    private static List<String> row(FormResponse response, List<UUID> questions,
            List<Cell> answers) {
        List<String> cells = new ArrayList<>();
        cells.add(CsvExport.cell(response.getUuid()));
        cells.add(CsvExport.cell(response.getSubmitted()));
        cells.add(CsvExport.cell(response.getAccount() == null ? null
                : response.getAccount().getUsername()));
        cells.add(CsvExport.cell(response.getOrganisation() == null ? null
                : response.getOrganisation().getName()));
        Map<UUID, String> byQuestion = new HashMap<>();
        answers.forEach(a -> byQuestion.put(a.question(), a.text()));
        for (UUID question : questions) {
            cells.add(CsvExport.cell(byQuestion.get(question)));
        }
        return cells;
    }

    private static String value(Answer answer, List<String> choices) {
        return switch (answer.getQuestion().getType()) {
            case SHORT_TEXT, LONG_TEXT -> answer.getText();
            case NUMBER -> answer.getNumber().stripTrailingZeros().toPlainString();
            case DATE -> answer.getDate().toString();
            case YES_NO -> answer.getFlag().toString();
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> CsvExport.joined(choices);
        };
    }
}
