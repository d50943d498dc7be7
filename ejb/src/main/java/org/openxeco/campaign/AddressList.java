package org.openxeco.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openxeco.account.Emails;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.Problems;

/**
 * An uploaded list of addresses: one per line, or CSV lines where the first cell holding an
 * {@code @} is the address. Blank lines and a header line without any {@code @} are skipped;
 * every other line that gives no valid address is an error naming its line
 * ({@code addresses:3}). An address written twice counts once.
 */
public record AddressList(List<String> addresses, List<FieldError> errors) {

    /** The most addresses one campaign list may hold. */
    public static final int MAX_ADDRESSES = 20_000;

    public AddressList {
        addresses = List.copyOf(addresses);
        errors = List.copyOf(errors);
    }

    /** Reads the list; never throws for a bad line, it is reported in {@link #errors()}. */
    public static AddressList parse(String text) {
        Map<String, String> byKey = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.replace("\r\n", "\n")
                .replace('\r', '\n').replace("\uFEFF", "").split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String field = "addresses:" + (i + 1);
            if (line.isEmpty() || (i == 0 && !line.contains("@"))) {
                continue;
            }
            String cell = addressCell(line);
            if (cell == null) {
                errors.add(Problems.field(field, "campaign.lineWithoutAddress"));
                continue;
            }
            try {
                String address = Emails.checked(field, cell);
                byKey.putIfAbsent(Emails.key(address), address);
            } catch (InvalidInputException invalid) {
                errors.addAll(invalid.errors());
            }
        }
        if (byKey.size() > MAX_ADDRESSES) {
            errors.add(Problems.field("addresses", "campaign.tooManyAddresses", MAX_ADDRESSES));
        }
        return new AddressList(new ArrayList<>(byKey.values()), errors);
    }

    private static String addressCell(String line) {
        for (String cell : line.split("[,;\\t]")) {
            String bare = cell.strip();
            if (bare.length() >= 2 && bare.startsWith("\"") && bare.endsWith("\"")) {
                bare = bare.substring(1, bare.length() - 1).strip();
            }
            if (bare.contains("@")) {
                return bare;
            }
        }
        return null;
    }
}
