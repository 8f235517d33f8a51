package dk.segl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Menu > Users, several users at once, as the seed says ("delete users individually or multiple
 * users simultaneously"): the user administrator ticks users, "Delete selected" names how many and
 * who, and the page says who was deleted and who was not, and why. Only a role that may delete
 * users gets the boxes and the button, and never on their own row.
 */
class UsersAtOnceIT extends SeglIT {

    private static final String PASSWORD = Fixtures.PASSWORD;

    @Test
    void theSelectedUsersAreDeletedWithOneConfirmationThatNamesThem() throws Exception {
        var org = fixtures.organisation();
        var userAdmin = fixtures.user(org, "Ulrik Bulk", "USER_ADMINISTRATOR");
        var asta = fixtures.user(org, "Asta Bulk");
        var bent = fixtures.user(org, "Bent Bulk");
        var orla = fixtures.user(org, "Orla Bulk", "ORGANISATION_ADMINISTRATOR");
        List<String> problems = new ArrayList<>();

        try (Browser reader = Browser.open(base)) {
            reader.go("/").login(orla.login(), PASSWORD);
            showUsers(reader, "Asta Bulk");
            assertTrue(reader.all(By.id("users:deleteSelectedButton")).isEmpty(), "no Delete selected");
            assertTrue(reader.all(By.cssSelector("#users\\:list .ui-chkbox")).isEmpty(), "no boxes to tick");
        }

        try (Browser admin = Browser.open(base)) {
            admin.go("/").login(userAdmin.login(), PASSWORD);
            showUsers(admin, "Asta Bulk");
            admin.click("users:deleteSelectedButton");
            admin.awaitText("Select the users to delete first.");
            assertTrue(admin.all(boxOf("Ulrik Bulk")).stream()
                            .allMatch(box -> box.getAttribute("class").contains("ui-state-disabled")),
                    "no box to tick on one's own row");

            for (String name : List.of("Asta Bulk", "Bent Bulk", "Orla Bulk")) {
                admin.click(boxOf(name));
            }
            admin.click("users:deleteSelectedButton");
            WebElement ok = admin.waitFor("deleteManyForm:ok");
            assertEquals("Delete 3 users", ok.getText());
            assertTrue(admin.text("deleteManyForm:question").startsWith("Delete these 3 users?"));
            assertEquals(List.of("Asta Bulk (" + asta.email() + ")", "Bent Bulk (" + bent.email() + ")",
                    "Orla Bulk (" + orla.email() + ")"), names(admin));
            problems.addAll(admin.inspect("delete-users-dialog-en-1280px"));
            admin.click("deleteManyForm:ok");

            String page = admin.awaitText("Deleted: Asta Bulk, Bent Bulk.");
            assertTrue(page.contains("Orla Bulk was not deleted: Only an organisation administrator may change or delete"),
                    page);
            admin.waitUntilGone(By.linkText("Asta Bulk"));
            assertTrue(admin.all(By.linkText("Bent Bulk")).isEmpty());
            admin.waitFor(By.linkText("Orla Bulk"));
            admin.screenshot("delete-users-report");
        }
        assertEquals(404, org.admin().get(org.users() + "/" + asta.id()).status());
        assertEquals(404, org.admin().get(org.users() + "/" + bent.id()).status());
        assertEquals(200, org.admin().get(org.users() + "/" + orla.id()).status());

        try (Browser admin = Browser.open(base, 390)) {
            admin.go("/login.xhtml");
            admin.click("languageForm:danish");
            admin.waitFor("languageForm:english");
            admin.login(userAdmin.login(), PASSWORD);
            showUsers(admin, "Orla Bulk");
            admin.click(boxOf("Orla Bulk"));
            admin.click("users:deleteSelectedButton");
            assertEquals("Slet 1 bruger", admin.waitFor("deleteManyForm:ok").getText());
            assertTrue(admin.text("deleteManyForm:question").startsWith("Slet denne bruger?"));
            problems.addAll(admin.inspect("delete-users-dialog-da-390px"));
            admin.press(Keys.ESCAPE);
            admin.waitUntilGone(By.id("deleteManyDialog"));
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /** The box that selects the user's row. */
    private static By boxOf(String name) {
        return By.xpath("//tr[.//a[normalize-space(.)='" + name + "']]//div[contains(@class,'ui-chkbox-box')]");
    }

    private static List<String> names(Browser admin) {
        return admin.all(By.cssSelector("#deleteManyNames li")).stream().map(WebElement::getText).toList();
    }

    /**
     * Menu > Users, once it shows {@code shown}: the organisation's few users fit on one page, so
     * no search runs, whose delayed keyup answer could redraw the list under the ticked boxes.
     */
    private static void showUsers(Browser admin, String shown) {
        admin.go("/users.xhtml");
        admin.waitFor(By.linkText(shown));
    }
}
