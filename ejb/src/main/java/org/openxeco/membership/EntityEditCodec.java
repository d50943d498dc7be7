package org.openxeco.membership;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.openxeco.directory.Address;
import org.openxeco.directory.OrganisationKind;

/** Stores an {@link EntityEdit} as text (properties format) in one column, and reads it back. */
final class EntityEditCodec {

    private EntityEditCodec() {
    }

    static String write(EntityEdit edit) {
        Properties p = new Properties();
        put(p, "name", edit.name());
        put(p, "legalName", edit.legalName());
        put(p, "kind", edit.kind() == null ? null : edit.kind().name());
        put(p, "description", edit.description());
        put(p, "email", edit.email());
        put(p, "phone", edit.phone());
        put(p, "logo", edit.logoHash());
        for (int i = 0; i < edit.websites().size(); i++) {
            put(p, "website." + i, edit.websites().get(i));
        }
        for (int i = 0; i < edit.addresses().size(); i++) {
            Address a = edit.addresses().get(i);
            String prefix = "address." + i + ".";
            put(p, prefix + "street", a.getStreet());
            put(p, prefix + "postalCode", a.getPostalCode());
            put(p, prefix + "city", a.getCity());
            put(p, prefix + "region", a.getRegion());
            put(p, prefix + "country", a.getCountryCode() == null ? "" : a.getCountryCode());
        }
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static EntityEdit read(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> websites = new ArrayList<>();
        for (int i = 0; p.containsKey("website." + i); i++) {
            websites.add(p.getProperty("website." + i));
        }
        List<Address> addresses = new ArrayList<>();
        for (int i = 0; p.containsKey("address." + i + ".country"); i++) {
            String prefix = "address." + i + ".";
            String country = p.getProperty(prefix + "country");
            addresses.add(new Address(p.getProperty(prefix + "street"),
                    p.getProperty(prefix + "postalCode"), p.getProperty(prefix + "city"),
                    p.getProperty(prefix + "region"), country.isEmpty() ? null : country));
        }
        String kind = p.getProperty("kind");
        return new EntityEdit(p.getProperty("name"), p.getProperty("legalName"),
                kind == null ? null : OrganisationKind.valueOf(kind),
                p.getProperty("description"), p.getProperty("email"), p.getProperty("phone"),
                websites, addresses, p.getProperty("logo"));
    }

    private static void put(Properties p, String key, String value) {
        if (value != null) {
            p.setProperty(key, value);
        }
    }
}
