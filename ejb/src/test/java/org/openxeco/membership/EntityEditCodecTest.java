package org.openxeco.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.openxeco.directory.Address;
import org.openxeco.directory.OrganisationKind;

class EntityEditCodecTest {

    @Test
    void everyValueComesBackAsItWasWrittenEvenWithSeparatorsAndLineBreaks() {
        EntityEdit edit = new EntityEdit("Société = \"Nord\": Ost", null, OrganisationKind.NGO,
                "<p>Line one</p>\n<p>Line #two \\ three</p>", "a@b.lu", null,
                List.of("https://example.org/a?x=1&y=2", "https://example.org/ü"),
                List.of(new Address("1 rue: du Nord", null, "Esch", null, "LU"),
                        new Address(null, "L-1234", null, "Région=Sud", "FR")), null);

        EntityEdit read = EntityEditCodec.read(EntityEditCodec.write(edit));

        assertEquals(edit.name(), read.name());
        assertNull(read.legalName());
        assertEquals(OrganisationKind.NGO, read.kind());
        assertEquals(edit.description(), read.description());
        assertEquals("a@b.lu", read.email());
        assertNull(read.phone());
        assertEquals(edit.websites(), read.websites());
        assertEquals(2, read.addresses().size());
        assertEquals("1 rue: du Nord", read.addresses().get(0).getStreet());
        assertNull(read.addresses().get(0).getPostalCode());
        assertEquals("Esch", read.addresses().get(0).getCity());
        assertEquals("LU", read.addresses().get(0).getCountryCode());
        assertEquals("L-1234", read.addresses().get(1).getPostalCode());
        assertNull(read.addresses().get(1).getCity());
        assertEquals("Région=Sud", read.addresses().get(1).getRegion());
        assertEquals("FR", read.addresses().get(1).getCountryCode());
        assertNull(read.logoHash());
    }

    @Test
    void anAddressWithoutACountryKeepsItsPlaceAndStaysWithoutOne() {
        EntityEdit edit = new EntityEdit("X", null, null, null, null, null, List.of(),
                List.of(new Address("Street", null, null, null, null),
                        new Address(null, null, "Town", null, "DE")), "ab".repeat(32));

        EntityEdit read = EntityEditCodec.read(EntityEditCodec.write(edit));

        assertEquals(2, read.addresses().size());
        assertNull(read.addresses().get(0).getCountryCode());
        assertEquals("Town", read.addresses().get(1).getCity());
        assertNull(read.kind());
        assertEquals("ab".repeat(32), read.logoHash());
    }
}
