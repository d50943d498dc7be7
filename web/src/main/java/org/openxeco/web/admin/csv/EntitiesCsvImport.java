package org.openxeco.web.admin.csv;

import java.io.InputStream;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.directory.OrganisationCsvImport;
import org.openxeco.media.CsvReport;
import org.openxeco.media.ImportMode;

/** The CSV upload of the entities page. */
@Named
@ViewScoped
public class EntitiesCsvImport extends CsvImportBacking {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationCsvImport service;

    @Override
    protected CsvReport importCsv(InputStream in, ImportMode mode) {
        return service.importCsv(in, mode);
    }
}
