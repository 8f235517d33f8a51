package dk.segl.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserCsvTest {

    @Test
    void headerIsSkippedAndEachLineIsAUserWithItsRoles() {
        List<UserCsv.Line> lines = UserCsv.parse("""
                name,email,loginName,roles
                Hanne Hansen,hanne@example.dk,hanne,USER_ADMINISTRATOR;ORGANISATION_ADMINISTRATOR
                "Ærø, Østergård",aero@example.dk,aero
                """);
        assertEquals(2, lines.size());
        assertEquals(new NewUser("hanne", "Hanne Hansen", "hanne@example.dk",
                Set.of(Role.USER_ADMINISTRATOR, Role.ORGANISATION_ADMINISTRATOR)), lines.get(0).user());
        assertEquals(2, lines.get(0).number());
        assertEquals(new NewUser("aero", "Ærø, Østergård", "aero@example.dk", Set.of()), lines.get(1).user());
    }

    @Test
    void aBadLineIsRefusedWithItsRuleAndTheOthersStillParse() {
        List<UserCsv.Line> lines = UserCsv.parse("a,b\nBo,bo@example.dk,bo,KING\n\"open,x,y\nCarl,carl@example.dk,carl\n");
        assertEquals("csv-columns", lines.get(0).refusal().rule().id());
        assertEquals("role-unknown", lines.get(1).refusal().rule().id());
        assertEquals("csv-quote", lines.get(2).refusal().rule().id());
        assertNull(lines.get(3).refusal());
        assertEquals(4, lines.get(3).number());
    }

    @Test
    void aDoubledQuoteInsideQuotesIsAQuote() {
        assertEquals(List.of("Bo \"the\" Boss", "x"), UserCsv.fields("\"Bo \"\"the\"\" Boss\",x"));
    }
}
