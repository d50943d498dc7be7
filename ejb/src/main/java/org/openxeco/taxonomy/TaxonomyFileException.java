package org.openxeco.taxonomy;

import java.util.List;

import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;

/** A taxonomy file that cannot be installed; each problem names its line. */
public class TaxonomyFileException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public TaxonomyFileException(List<FieldError> problems) {
        super(problems);
    }
}
