package dk.segl.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UserCsvTest {

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("four columns create, as before the action column",
                        "Hanne Hansen,hanne@example.dk,hanne,USER_ADMINISTRATOR;ORGANISATION_ADMINISTRATOR",
                        new UserCommand.Create(new NewUser("hanne", "Hanne Hansen", "hanne@example.dk",
                                Set.of(Role.USER_ADMINISTRATOR, Role.ORGANISATION_ADMINISTRATOR)))),
                Arguments.of("three columns create a user without roles, a quoted comma is text",
                        "\"Ærø, Østergård\",aero@example.dk,aero",
                        new UserCommand.Create(new NewUser("aero", "Ærø, Østergård", "aero@example.dk", Set.of()))),
                Arguments.of("an empty action creates", "Bo,bo@example.dk,bo,,",
                        new UserCommand.Create(new NewUser("bo", "Bo", "bo@example.dk", Set.of()))),
                Arguments.of("the action in any case", "Bo,bo@example.dk,bo,, Create ",
                        new UserCommand.Create(new NewUser("bo", "Bo", "bo@example.dk", Set.of()))),
                Arguments.of("update takes the filled-in fields", "Bo Nyt,,bo,USER_ADMINISTRATOR,update",
                        new UserCommand.Update("bo", new UserChanges(Optional.of("Bo Nyt"), Optional.empty(),
                                Optional.of(Set.of(Role.USER_ADMINISTRATOR))))),
                Arguments.of("update with empty roles keeps the roles", ",bo@new.example,bo,,UPDATE",
                        new UserCommand.Update("bo", new UserChanges(Optional.empty(), Optional.of("bo@new.example"),
                                Optional.empty()))),
                Arguments.of("update with roles - removes them", ",,bo,-,update",
                        new UserCommand.Update("bo", new UserChanges(Optional.empty(), Optional.empty(),
                                Optional.of(Set.of())))),
                Arguments.of("delete needs only the login name", ",,bo,,delete", new UserCommand.Delete("bo")),
                Arguments.of("delete ignores the other columns", "Bo,bo@example.dk,bo,KING,delete",
                        new UserCommand.Delete("bo")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void aLineIsTheChangeItAsksFor(String name, String line, UserCommand expected) {
        List<UserCsv.Line> parsed = UserCsv.parse(line);
        assertEquals(1, parsed.size());
        assertNull(parsed.get(0).refusal(), () -> parsed.get(0).refusal().detail());
        assertEquals(expected, parsed.get(0).command());
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("two columns", "a,b", "csv-columns"),
                Arguments.of("six columns", "a,b,c,d,create,x", "csv-columns"),
                Arguments.of("an unknown role", "Bo,bo@example.dk,bo,KING", "role-unknown"),
                Arguments.of("an unknown role on update", ",,bo,KING,update", "role-unknown"),
                Arguments.of("an unknown action", "Bo,bo@example.dk,bo,,replace", "csv-action"),
                Arguments.of("an open quote", "\"open,x,y", "csv-quote"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aBadLineIsRefusedWithItsRule(String name, String line, String rule) {
        List<UserCsv.Line> parsed = UserCsv.parse(line);
        assertEquals(rule, parsed.get(0).refusal().rule().id());
    }

    @Test
    void theHeaderIsSkippedAndABadLineDoesNotStopTheOthers() {
        List<UserCsv.Line> lines = UserCsv.parse("name,email,loginName,roles,action\na,b\nCarl,carl@example.dk,carl\n");
        assertEquals(List.of(2, 3), lines.stream().map(UserCsv.Line::number).toList());
        assertEquals("csv-columns", lines.get(0).refusal().rule().id());
        assertNull(lines.get(1).refusal());
    }

    @Test
    void aLoginNameOnSeveralLinesIsRefusedOnEachWithTheLineNumbers() {
        List<UserCsv.Line> lines = UserCsv.parse("""
                Bo,bo@example.dk,bo
                Carl,carl@example.dk,carl
                ,,BO,,delete
                """);
        assertEquals("csv-login-repeated", lines.get(0).refusal().rule().id());
        assertEquals("The login name bo is on lines 1, 3; a file changes each user once", lines.get(0).refusal().detail());
        assertEquals("bo", lines.get(0).command().loginName(), "the report still names the login");
        assertNull(lines.get(1).refusal());
        assertEquals("csv-login-repeated", lines.get(2).refusal().rule().id());
    }

    @Test
    void aDoubledQuoteInsideQuotesIsAQuote() {
        assertEquals(List.of("Bo \"the\" Boss", "x"), UserCsv.fields("\"Bo \"\"the\"\" Boss\",x"));
    }
}
