package dk.segl.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.segl.holder.Cvr;
import dk.segl.holder.HolderId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DirectoryLayoutTest {

    private static final UUID ALICE = UUID.fromString("0b9b3a4e-5a52-4a7e-9f0c-1c2d3e4f5a6b");

    @Test
    void holdersAreNamedAsInTheirCertificatesUnderTheirOrganisation() {
        assertEquals("serialNumber=UI:DK-E:G:0b9b3a4e-5a52-4a7e-9f0c-1c2d3e4f5a6b,"
                + "organizationIdentifier=NTRDK-12345678,c=DK", DirectoryLayout.user(new Cvr("12345678"), new HolderId(ALICE)));
    }

    @Test
    void caNamesAreEscapedForTheDn() {
        assertEquals("cn=Segl Issuing CA 1,c=DK", DirectoryLayout.ca("Segl Issuing CA 1"));
        assertEquals("cn=Segl\\, Issuing \\+ CA,c=DK", DirectoryLayout.ca("Segl, Issuing + CA"));
        assertEquals("cn=\\#1\\ ,c=DK", DirectoryLayout.ca("#1 "));
    }

    @Test
    void theSurnameIsTheLastWordOfTheName() {
        assertEquals("Andersen", entry("Alice Marie Andersen").surname());
        assertEquals("Cher", entry("Cher").surname());
    }

    @Test
    void anEntryWithoutCertificatesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new UserEntry(new Cvr("12345678"), "Demo", new HolderId(ALICE), "Alice",
                "alice@demo.example", List.of()));
    }

    private static UserEntry entry(String name) {
        return new UserEntry(new Cvr("12345678"), "Demo", new HolderId(ALICE), name, "alice@demo.example", List.of(new byte[] {1}));
    }
}
