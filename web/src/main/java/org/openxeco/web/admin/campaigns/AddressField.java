package org.openxeco.web.admin.campaigns;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.primefaces.model.file.UploadedFile;

import org.openxeco.campaign.AddressList;
import org.openxeco.kernel.FieldError;

/** The address list of a campaign as typed or uploaded, with the lines it refused. */
public class AddressField implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The largest list file read, in bytes. */
    static final int MAX_UPLOAD = 2 << 20;

    private String text;
    private List<FieldError> errors = List.of();

    /** Reads an uploaded file as the list; false when it is too large or unreadable. */
    boolean read(UploadedFile file) {
        if (file.getSize() > MAX_UPLOAD) {
            return false;
        }
        try (InputStream in = file.getInputStream()) {
            text = new String(in.readNBytes(MAX_UPLOAD), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return false;
        }
        check();
        return true;
    }

    /** Parses the list and keeps its bad lines for the page. */
    AddressList check() {
        AddressList list = AddressList.parse(text);
        errors = list.errors();
        return list;
    }

    void clearErrors() {
        errors = List.of();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** Each refused line: its number ({@code addresses:3}) and why. */
    public List<FieldError> getErrors() {
        return errors;
    }

    /** The line number of a refused line. */
    public String line(FieldError error) {
        return error.field().substring(error.field().indexOf(':') + 1);
    }
}
