package org.openxeco.web.my.forms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.directory.Organisation;
import org.openxeco.form.Form;
import org.openxeco.form.FormAnswers;
import org.openxeco.form.FormResponse;
import org.openxeco.form.FormState;
import org.openxeco.form.Respondent;
import org.openxeco.membership.MemberEntities;

/**
 * The forms a member can answer now, one line per respondent (the member, or each entity they
 * are attached to) with where its answer stands, then the closed forms they answered.
 */
@Named
@RequestScoped
public class MyFormsPage {

    @Inject
    FormAnswers answers;

    @Inject
    MemberEntities entities;

    private final List<Row> rows = new ArrayList<>();
    private boolean entityFormsWithoutEntity;

    /** One line: a form, whom the answer is for (no entity: the member), its status. */
    public record Row(UUID form, String title, String description, UUID entity,
            String entityName, String status, Instant submitted) {
    }

    @PostConstruct
    void load() {
        List<FormResponse> mine = answers.mine();
        List<Organisation> attached = entities.attached();
        for (Form form : answers.published()) {
            if (form.getRespondent() == Respondent.MEMBER) {
                rows.add(row(form, null, mine));
            } else if (attached.isEmpty()) {
                entityFormsWithoutEntity = true;
            } else {
                attached.forEach(o -> rows.add(row(form, o, mine)));
            }
        }
        mine.stream().filter(r -> r.getForm().getState() == FormState.CLOSED)
                .forEach(r -> rows.add(row(r.getForm(), r.getOrganisation(), mine)));
    }

    private static Row row(Form form, Organisation entity, List<FormResponse> mine) {
        Optional<FormResponse> response = mine.stream().filter(r -> r.getForm().getUuid()
                .equals(form.getUuid()) && (entity == null ? r.getOrganisation() == null
                        : r.getOrganisation() != null
                        && entity.getUuid().equals(r.getOrganisation().getUuid())))
                .findFirst();
        return new Row(form.getUuid(), form.getTitle(), form.getDescription(),
                entity == null ? null : entity.getUuid(), entity == null ? null : entity.getName(),
                response.map(r -> r.getState().name()).orElse("NEW"),
                response.map(FormResponse::getSubmitted).orElse(null));
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isEntityFormsWithoutEntity() {
        return entityFormsWithoutEntity;
    }
}
