package org.openxeco.content;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Size;

import org.openxeco.directory.Organisation;

/** What a job offer adds to an article: who hires, the kind of contract, where, until when. */
@Embeddable
public class JobDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "job_hiring_id")
    private Organisation hiringEntity;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_employment_type")
    private EmploymentType employmentType;

    @Size(max = 300)
    @Column(name = "job_location")
    private String location;

    @Column(name = "job_closing_date")
    private LocalDate closingDate;

    public JobDetails() {
    }

    public boolean isEmpty() {
        return hiringEntity == null && employmentType == null && location == null
                && closingDate == null;
    }

    public Organisation getHiringEntity() {
        return hiringEntity;
    }

    void setHiringEntity(Organisation hiringEntity) {
        this.hiringEntity = hiringEntity;
    }

    public EmploymentType getEmploymentType() {
        return employmentType;
    }

    public void setEmploymentType(EmploymentType employmentType) {
        this.employmentType = employmentType;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public LocalDate getClosingDate() {
        return closingDate;
    }

    public void setClosingDate(LocalDate closingDate) {
        this.closingDate = closingDate;
    }
}
