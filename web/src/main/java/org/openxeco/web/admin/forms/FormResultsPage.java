package org.openxeco.web.admin.forms;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.form.Form;
import org.openxeco.form.FormBuilder;
import org.openxeco.form.FormResponse;
import org.openxeco.form.FormResults;
import org.openxeco.form.QuestionResult;
import org.openxeco.form.ResponseState;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.web.admin.dashboard.ChartJson;
import org.openxeco.web.admin.dashboard.ChartView;
import org.openxeco.web.ui.Texts;

/**
 * The results of one form: per question how many answered and, for choices and yes/no, a bar
 * chart with its numbers; the smallest, largest and mean number; the earliest and latest
 * date; then who answered, and the CSV export.
 */
@Named
@ViewScoped
public class FormResultsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FormBuilder builder;

    @Inject
    transient FormResults results;

    @Inject
    Texts texts;

    private String id;
    private UUID uuid;
    private String title;
    private long sent;
    private long drafts;
    private List<QuestionView> questions = List.of();
    private transient List<FormResponse> respondents;

    /** One question's figures, with its chart when it has counts. */
    public record QuestionView(QuestionResult result, ChartView chart) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** Reads the figures of the form named by {@code id}; 404 when there is none. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            uuid = UUID.fromString(id == null ? "" : id.strip());
            Form form = builder.get(uuid);
            title = form.getTitle();
        } catch (IllegalArgumentException | NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().responseSendError(404, null);
            } catch (java.io.IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
            faces.responseComplete();
            return;
        }
        Map<ResponseState, Long> counts = results.responses(uuid);
        sent = counts.get(ResponseState.SUBMITTED);
        drafts = counts.get(ResponseState.DRAFT);
        questions = results.questions(uuid).stream().map(this::view).toList();
        respondents = results.respondents(uuid);
    }

    private QuestionView view(QuestionResult result) {
        if (result.counts().isEmpty()) {
            return new QuestionView(result, null);
        }
        List<ChartView.Row> rows = result.counts().stream().map(c -> new ChartView.Row(
                c.key(), c.label() != null ? c.label() : texts.get("results." + c.key()),
                List.of(c.count()))).toList();
        String count = texts.get("results.count");
        String json = ChartJson.bar(rows.stream().map(ChartView.Row::label).toList(),
                List.of(new ChartJson.Dataset(count, rows.stream()
                        .map(r -> r.counts().get(0)).toList())), true, false);
        ChartView chart = new ChartView("q" + result.position(), result.label(), json,
                texts.get(result.type().hasChoices() ? "results.choice" : "results.answer"),
                List.of(count), rows);
        return new QuestionView(result, chart);
    }

    public List<FormResponse> getRespondents() {
        if (respondents == null) {
            respondents = results.respondents(uuid);
        }
        return respondents;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public UUID getUuid() {
        return uuid;
    }

    public String getTitle() {
        return title;
    }

    public long getSent() {
        return sent;
    }

    public long getDrafts() {
        return drafts;
    }

    public List<QuestionView> getQuestions() {
        return questions;
    }
}
