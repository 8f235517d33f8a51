package dk.segl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * The pages in a real browser, click for click as the seed tells a user administrator: Menu >
 * Users, the user, "User certificate", the order dialog, the summary, "Confirm Order", Pending;
 * the user's issuance page from the email link; revoking by the arrow and by the 3 dots; deleting
 * a pending order. Each test makes its own organisation, so the tests do not see each other.
 */
class PagesIT extends SeglIT {

    private static final String PASSWORD = Fixtures.PASSWORD;

    @Test
    void browserCertificateIsOrderedIssuedFromTheEmailLinkAndRevokedByTheArrow() throws Exception {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Hanne Browser");
        try (Browser admin = Browser.open(base)) {
            admin.go("/").login(org.adminLogin(), PASSWORD);
            openProfile(admin, user.name());
            admin.screenshot("user-profile");
            order(admin, "User login", "Internet browser", true);
            assertEquals("Pending", statusOfFirstCertificate(admin));
        }
        String link = issuanceLink(user.email());

        try (Browser owner = Browser.open(base)) {
            owner.go(link).login(user.login(), PASSWORD);
            assertEquals(user.name(), owner.text("certificateName"));
            assertEquals("IT Organisation " + org.cvr(), owner.text("organisation"));
            assertEquals(org.cvr(), owner.text("cvr"));
            owner.screenshot("issue-browser");
            owner.clickText("I accept the terms of use for the certificate and will keep its private key to myself.");
            owner.click("browser:issue");
            String password = owner.waitFor("issued:password").getAttribute("value");
            owner.click(By.cssSelector("#issued .ui-password-icon"));
            assertEquals("text", owner.waitFor("issued:password").getAttribute("type"), "Show");
            owner.click("issued:copy");
            assertEquals(password, owner.clipboard(), "Copy");
            owner.screenshot("issue-browser-password");
            Path pkcs12 = owner.awaitDownload(".p12");
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(pkcs12)) {
                store.load(in, password.toCharArray());
            }
            String alias = store.aliases().nextElement();
            assertNotNull(store.getKey(alias, password.toCharArray()));
            X509Certificate certificate = (X509Certificate) store.getCertificate(alias);
            assertTrue(certificate.getSubjectX500Principal().getName().contains("CN=Hanne Browser"));

            owner.go(link);
            assertTrue(owner.awaitText("This link cannot be used.").contains("already been issued"));
            owner.go("/mine.xhtml");
            assertEquals("Issued", owner.waitFor(By.cssSelector(".certificate-status")).getText());
            owner.screenshot("my-certificates");
        }

        try (Browser admin = Browser.open(base)) {
            admin.go("/").login(org.adminLogin(), PASSWORD);
            openProfile(admin, user.name());
            assertEquals("Issued", statusOfFirstCertificate(admin));
            admin.click(By.cssSelector(".certificate-list .ui-row-toggler"));
            admin.click(By.xpath("//button[contains(@id,'revokeExpanded')]"));
            revokeInWindow(admin, "Suspicion of misuse, e.g. a stolen computer");
        }
        assertTrue(Mailboxes.awaitMail(mail, user.email(), "revoked").body().contains("revoked"));
    }

    @Test
    void hardwareCertificateIsIssuedFromAnUploadedCsrAndRevokedByTheThreeDots() throws Exception {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Henrik Hardware");
        try (Browser admin = Browser.open(base)) {
            admin.go("/").login(org.adminLogin(), PASSWORD);
            openProfile(admin, user.name());
            order(admin, "User login", "Hardware", false);
        }
        String link = issuanceLink(user.email());

        KeyPair keys = Csrs.rsa(3072);
        Path csr = Files.createTempFile("segl", ".csr");
        Files.writeString(csr, Csrs.pem(keys));
        try (Browser owner = Browser.open(base)) {
            owner.go(link).login(user.login(), PASSWORD);
            owner.clickText("I accept the terms of use for the certificate and will keep its private key to myself.");
            owner.waitFor("hardware:csrFile").sendKeys(csr.toString());
            owner.screenshot("issue-hardware");
            owner.click("hardware:issue");
            owner.click("downloads:pem");
            List<X509Certificate> chain = Certificates.chain(Files.readAllBytes(owner.awaitDownload(".pem")));
            assertEquals(keys.getPublic(), chain.get(0).getPublicKey());
            owner.click("downloads:der");
            X509Certificate der = Certificates.certificate(Files.readAllBytes(owner.awaitDownload(".cer")));
            assertEquals(chain.get(0), der);
        }

        try (Browser admin = Browser.open(base)) {
            admin.go("/").login(org.adminLogin(), PASSWORD);
            openProfileByEdit(admin, user.name());
            assertEquals("Issued", statusOfFirstCertificate(admin));
            admin.click(By.xpath("//button[contains(@id,':more_button')]"));
            admin.click(By.xpath("//a[contains(@id,':revoke')][normalize-space(.)='Revoke']"));
            revokeInWindow(admin, "Certificate information is no longer correct, e.g. a name change");
        }
    }

    @Test
    void apiIdentifiedOrderOffersOnlyEstAndAPendingOrderIsDeletedWithTheBin() throws Exception {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Ida Idm");
        try (Browser admin = Browser.open(base)) {
            admin.go("/").login(org.adminLogin(), PASSWORD);
            openProfile(admin, user.name());
            expandCertificates(admin, "User certificate");
            admin.click("certs:section:order");
            admin.waitFor("orderForm:review");
            admin.choose("Identification via API");
            admin.waitFor(By.xpath("//label[normalize-space(.)='System (EST API)']"));
            assertTrue(admin.all(By.xpath("//label[normalize-space(.)='Internet browser']")).isEmpty());
            admin.screenshot("order-dialog-api");
            admin.click("orderForm:review");
            assertEquals("System (EST API)", admin.text("summaryForm:issuance"));
            admin.click("summaryForm:confirm");
            admin.awaitText("is ordered with the status Pending");
            assertEquals("Pending", statusOfFirstCertificate(admin));

            admin.click(By.xpath("//button[contains(@id,':delete')]"));
            assertTrue(admin.waitFor("deleteOrderDialog").getText().contains("Delete certificate order"));
            admin.screenshot("delete-order-window");
            admin.click("deleteOrderForm:ok");
            admin.awaitText("The order has been deleted.");
            admin.waitFor(By.xpath("//*[contains(@class,'certificate-list')]//td[normalize-space(.)='No certificates.']"));
        }
    }

    @Test
    void settingsSwitchHidesTheUserCertificateSectionAndRefusalsShowOnThePage() throws Exception {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Øjvind Ærø");
        var created = fixtures.createdUser(org, "Carla Created");
        try (Browser admin = Browser.open(base)) {
            admin.go("/").login(org.adminLogin(), PASSWORD);
            openProfile(admin, created.name());
            expandCertificates(admin, "User certificate");
            admin.waitFor(By.cssSelector(".certificate-list"));
            assertTrue(admin.all(By.id("certs:section:order")).isEmpty(), "no order button for a user not activated");

            openProfile(admin, user.name());
            admin.type("profile:email", "oejvind.\u00f8@it.example");
            admin.click("profile:save");
            assertTrue(admin.waitFor("emailHint").getText().contains("\u00c6, \u00d8 or \u00c5"));
            order(admin, "User login", "Internet browser", false, false);
            admin.awaitText("contains letters such as \u00c6, \u00d8 or \u00c5");
            admin.screenshot("order-refused");

            admin.click("menuForm:menu_button");
            admin.clickText("Settings");
            admin.clickText("Allow the issuance of user certificates");
            admin.click("settings:save");
            admin.awaitText("The settings have been saved.");
            admin.screenshot("settings");
            openProfile(admin, user.name());
            assertTrue(admin.waitFor("notAllowedHint").getText().contains("Contact your organisation administrator"));
            assertTrue(admin.all(By.id("certs")).isEmpty());
        }
    }

    @Test
    void usersAreCreatedOneAtATimeAndFromCsvActivatedAndNamesAreShownAsText() throws Exception {
        var org = fixtures.organisation();
        String script = "<script>alert(1)</script>";
        fixtures.user(org, script);
        try (Browser admin = Browser.open(base)) {
            admin.go("/").login(org.adminLogin(), PASSWORD);
            admin.click("menuForm:menu_button");
            admin.clickText("Users");
            admin.waitFor(By.linkText(script));
            assertThrows(NoAlertPresentException.class, () -> admin.driver().switchTo().alert());
            admin.screenshot("users");

            String login = "nina-" + org.cvr();
            admin.click("users:createButton");
            admin.type("createForm:newName", "Nina Ny");
            admin.type("createForm:newEmail", login + "@it.example");
            admin.type("createForm:newLoginName", login);
            admin.click("createForm:save");
            admin.awaitText("The user Nina Ny has been created");

            Path csv = Files.createTempFile("users", ".csv");
            Files.writeString(csv, "name,email,loginName,roles\n"
                    + "\u00c6rø Østergård,aero-" + org.cvr() + "@it.example,aero-" + org.cvr() + ",USER_ADMINISTRATOR\n"
                    + "Kim King,kim-" + org.cvr() + "@it.example,kim-" + org.cvr() + ",KING\n"
                    + "Nina Igen,nina2@it.example," + login + "\n", StandardCharsets.UTF_8);
            admin.click("users:importButton");
            admin.waitFor("import:file").sendKeys(csv.toString());
            admin.click("import:upload");
            List<String> report = admin.waitFor("report").findElements(By.tagName("li")).stream()
                    .map(WebElement::getText).toList();
            admin.screenshot("import-report");
            assertEquals(3, report.size(), report::toString);
            assertEquals("Line 2: aero-" + org.cvr() + " created", report.get(0));
            assertTrue(report.get(1).startsWith("Line 3: refused:"), report.get(1));
            assertTrue(report.get(2).startsWith("Line 4: refused: The login name " + login + " is taken"), report.get(2));

            admin.go("/users.xhtml");
            admin.waitFor(By.linkText("\u00c6rø Østergård"));
            assertTrue(admin.all(By.linkText("Kim King")).isEmpty());

            search(admin, "\u00c6rø Østergård");
            admin.click(threeDotsOf("\u00c6rø Østergård"));
            admin.click(By.xpath("//a[contains(@id,':delete')]"));
            admin.click("deleteForm:ok");
            admin.awaitText("The user \u00c6rø Østergård has been deleted.");
            assertTrue(admin.all(By.linkText("\u00c6rø Østergård")).isEmpty());
        }

        ApiResponse imported = org.admin().postRaw(org.users() + "/import",
                "Lis Lund,lis-" + org.cvr() + "@it.example,lis-" + org.cvr() + "\n", "Content-Type", "text/csv");
        assertEquals(200, imported.status(), imported::toString);
        assertTrue(imported.text().contains("\"created\":true"), imported::toString);

        String token = Mailboxes.awaitMail(mail, "nina-" + org.cvr() + "@it.example", "Activation token")
                .value("Activation token");
        try (Browser nina = Browser.open(base, 390)) {
            nina.go("/activate?token=" + token);
            nina.type("activate:password", PASSWORD);
            nina.type("activate:confirmation", PASSWORD);
            nina.assertFits("activate-390px");
            nina.click("activate:submit");
            nina.awaitText("Your user is activated.");
            nina.click("login");
            nina.login("nina-" + org.cvr(), PASSWORD);
            assertTrue(nina.awaitText("My certificates").contains("No certificates."));
        }
    }

    @Test
    void theLanguageSwitchShowsDanishWithItsLetters() throws Exception {
        var org = fixtures.organisation();
        fixtures.user(org, "Søren Ærtebjerg");
        try (Browser admin = Browser.open(base)) {
            admin.go("/login.xhtml");
            admin.click("languageForm:danish");
            admin.awaitText("Brugernavn");
            admin.login(org.adminLogin(), PASSWORD);
            admin.awaitText("Opret brugere fra CSV");
            openProfile(admin, "Søren Ærtebjerg", "Brugercertifikat");
            expandCertificates(admin, "Brugercertifikat");
            admin.click("certs:section:order");
            admin.awaitText("Tilføj certifikatet til den offentlige certifikatdatabase");
            admin.screenshot("order-dialog-danish");
            admin.click("orderForm:review");
            admin.click("summaryForm:confirm");
            admin.awaitText("Afventer");
            admin.click("languageForm:english");
            expandCertificates(admin, "User certificate");
            admin.awaitText("Pending");
        }
    }

    @Test
    void aLinkForSomeoneElseGetsAClearPage() throws Exception {
        var org = fixtures.organisation();
        var owner = fixtures.user(org, "Olaf Owner");
        var other = fixtures.user(org, "Otto Other");
        String orderId = org.admin().post(org.users() + "/" + owner.id() + "/certificates",
                Fixtures.order("USER_LOGIN", "BROWSER", false)).json().getString("id");
        String link = issuanceLink(owner.email());
        assertTrue(link.contains(orderId));
        try (Browser browser = Browser.open(base)) {
            browser.go(link);
            String before = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            browser.login(other.login(), PASSWORD);
            assertNotEquals(before, browser.driver().manage().getCookieNamed("JSESSIONID").getValue(),
                    "a new session id at login");
            assertTrue(browser.awaitText("This link cannot be used.").contains("Not found"));
            browser.screenshot("issue-link-unusable");
        }
    }

    @Test
    void anExpiredLinkGetsAClearPage() throws Exception {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Emil Expired");
        var order = fixtures.ordered(org, user, Fixtures.order("USER_LOGIN", "BROWSER", false));
        try (TestClock later = TestClock.ahead(Duration.ofDays(14).plusMinutes(1));
             Browser browser = Browser.open(base)) {
            browser.go(order.link()).login(user.login(), PASSWORD);
            assertTrue(browser.awaitText("This link cannot be used.").contains("has expired"));
            assertTrue(browser.all(By.id("browser:issue")).isEmpty());
            browser.screenshot("issue-link-expired");
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndPagesAllowOnlyTheirOwnScripts() {
        var page = Api.anonymous(base).get("/login.xhtml");
        String policy = page.headers().allValues("Content-Security-Policy").get(0);
        assertEquals(1, page.headers().allValues("Content-Security-Policy").size(), "one policy, with the page's nonce");
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        String scripts = Arrays.stream(policy.split(";")).map(String::strip)
                .filter(directive -> directive.startsWith("script-src")).findFirst().orElseThrow();
        assertTrue(scripts.matches("script-src 'self' 'nonce-[^']+'"), scripts);
        String nonce = scripts.replaceAll(".*'nonce-([^']+)'", "$1");
        assertTrue(page.text().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the nonce");
        assertTrue(!page.text().contains(" onclick="), "no inline handlers");

        var redirect = Api.anonymous(base).get("/users.xhtml");
        assertEquals(302, redirect.status());
        assertTrue(redirect.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
        assertTrue(redirect.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.toLowerCase().contains("samesite=lax")),
                redirect.headers()::toString);
        for (var answer : List.of(page, redirect, Api.anonymous(base).get("/crl/issuing.crl"),
                Api.anonymous(base).get("/api/v1/me"))) {
            var headers = answer.headers();
            assertTrue(headers.firstValue("Content-Security-Policy").orElseThrow().contains("script-src 'self'"));
            assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElseThrow());
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElseThrow());
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElseThrow());
        }
    }

    @Test
    void aScriptSlippedIntoAPageDoesNotRun() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.go("/login.xhtml");
            browser.waitFor("login:submit");
            browser.script("const s = document.createElement('script');"
                    + "s.textContent = 'window.injected = true'; document.body.appendChild(s);");
            assertEquals(null, browser.script("return window.injected"));
            assertTrue(browser.cspViolations().stream().anyMatch(v -> v.contains("script-src")), "reported as blocked");
        }
    }

    @Test
    void aFormPostedFromElsewhereChangesNothingAndGetsTheExpiredPage() throws Exception {
        var org = fixtures.organisation();
        try (Browser admin = Browser.open(base)) {
            admin.go("/").login(org.adminLogin(), PASSWORD);
            admin.go("/settings.xhtml");
            admin.waitFor("settings:save");
            String cookie = "JSESSIONID=" + admin.driver().manage().getCookieNamed("JSESSIONID").getValue();
            String form = "settings=settings&settings%3Asave=settings%3Asave&jakarta.faces.ViewState=forged";

            // From Segl's own origin, so that the view state is what refuses it (PageTrustIT has the other origins).
            String origin = base.getProtocol() + "://" + base.getAuthority();
            var plain = anonymous.postRaw("/settings.xhtml", form,
                    "Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded", "Origin", origin);
            assertEquals(302, plain.status(), plain::toString);
            assertTrue(plain.headers().firstValue("Location").orElseThrow().contains("/expired.xhtml"));

            String nonce = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            var ajax = anonymous.postRaw("/settings.xhtml", form + "&jakarta.faces.partial.ajax=true"
                    + "&jakarta.faces.source=settings%3Asave&jakarta.faces.partial.execute=%40all&primefaces.nonce=" + nonce,
                    "Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded", "Faces-Request", "partial/ajax",
                    "Origin", origin);
            assertTrue(ajax.text().contains("<redirect url=\"") && ajax.text().contains("/expired.xhtml"), ajax::toString);

            assertTrue(org.admin().get("/api/v1/organisations/" + org.cvr() + "/settings").json()
                    .getBoolean("userCertificatesAllowed"), "the forged form changed nothing");
            admin.go("/expired.xhtml");
            assertTrue(admin.awaitText("The page has expired").contains("Nothing was changed."));
            admin.screenshot("expired");
        }
    }

    @Test
    void aClickAfterTheSessionRanOutLeadsToTheLoginPage() throws Exception {
        var org = fixtures.organisation();
        try (Browser admin = Browser.open(base)) {
            admin.go("/").login(org.adminLogin(), PASSWORD);
            admin.go("/users.xhtml");
            admin.waitFor("users:searchButton");
            admin.driver().manage().deleteCookieNamed("JSESSIONID");
            admin.click("users:searchButton");
            admin.waitFor("login:loginName");
            admin.login(org.adminLogin(), PASSWORD);
            assertTrue(admin.driver().getCurrentUrl().contains("/users.xhtml"), admin.driver().getCurrentUrl());
        }
    }

    @Test
    void theMainPagesFitAPhoneAndADesktop() throws Exception {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Vibeke Vandrehjem-Østergaard Christiansen");
        fixtures.issuedFromCsr(org, user);
        var pending = fixtures.ordered(org, user, Fixtures.order("USER_LOGIN", "BROWSER", true));
        for (int width : new int[] {390, 1280}) {
            try (Browser admin = Browser.open(base, width)) {
                admin.go("/login.xhtml");
                admin.waitFor("login:submit");
                admin.assertFits("login-" + width + "px");
                admin.login(org.adminLogin(), PASSWORD);
                admin.go("/users.xhtml");
                admin.waitFor(By.linkText(user.name()));
                admin.assertFits("users-" + width + "px");
                admin.go("/user.xhtml?id=" + user.id());
                expandCertificates(admin, "User certificate");
                admin.click(By.xpath("//tr[.//*[contains(@class,'certificate-status')][normalize-space(.)='Issued']]"
                        + "//*[contains(@class,'ui-row-toggler')]"));
                admin.waitFor(By.xpath("//button[contains(@id,'revokeExpanded')]"));
                admin.assertFits("user-profile-" + width + "px");
                admin.click("certs:section:order");
                admin.waitFor("orderForm:review");
                admin.assertFits("order-dialog-" + width + "px");
                for (String page : List.of("settings", "import", "mine")) {
                    admin.go("/" + page + ".xhtml");
                    admin.waitFor("languageForm");
                    admin.assertFits(page + "-" + width + "px");
                }
            }
            try (Browser owner = Browser.open(base, width)) {
                owner.go(pending.link()).login(user.login(), PASSWORD);
                owner.waitFor("browser:issue");
                owner.assertFits("issue-" + width + "px");
                owner.go("/mine.xhtml");
                owner.waitFor(By.cssSelector(".certificate-status"));
                owner.assertFits("my-certificates-" + width + "px");
            }
        }
    }

    private static void openProfile(Browser admin, String name) {
        openProfile(admin, name, "User certificate");
    }

    /** Menu > Users, then the user's name. */
    private static void openProfile(Browser admin, String name, String section) {
        search(admin, name);
        admin.click(By.linkText(name));
        admin.waitFor("profile:name");
        if (!admin.all(By.id("certs")).isEmpty()) {
            admin.waitFor(By.xpath("//*[normalize-space(.)='" + section + "']"));
        }
    }

    /** Menu > Users, then the 3 dots next to the user and "Edit". */
    private static void openProfileByEdit(Browser admin, String name) {
        search(admin, name);
        admin.click(threeDotsOf(name));
        admin.click(By.xpath("//a[contains(@id,':edit')]"));
        admin.waitFor("profile:name");
    }

    /** The 3 dots in the user's row of Menu > Users. */
    private static By threeDotsOf(String name) {
        return By.xpath("//tr[.//a[normalize-space(.)='" + name + "']]//button[contains(@id,':more_button')]");
    }

    /** Menu > Users, and the search for the user. */
    private static void search(Browser admin, String name) {
        admin.click("menuForm:menu_button");
        admin.click("menuForm:menuUsers");
        admin.type("users:query", name);
        admin.click("users:searchButton");
    }

    private static void order(Browser admin, String identification, String issuance, boolean publish) {
        order(admin, identification, issuance, publish, true);
    }

    /** The seed's steps 6 to 10: the dialog, "Order new certificate", the summary, "Confirm Order". */
    private static void order(Browser admin, String identification, String issuance, boolean publish, boolean expectOrdered) {
        expandCertificates(admin, "User certificate");
        admin.click("certs:section:order");
        admin.waitFor("orderForm:review");
        admin.choose("User certificate");
        admin.choose(identification);
        admin.choose(issuance);
        if (publish) {
            admin.clickText("Add the certificate to the public certificate database");
        }
        admin.screenshot("order-dialog");
        admin.click("orderForm:review");
        assertEquals(issuance, admin.text("summaryForm:issuance"));
        assertEquals(publish ? "Yes" : "No", admin.text("summaryForm:publish"));
        admin.screenshot("order-summary");
        admin.click("summaryForm:confirm");
        if (expectOrdered) {
            admin.awaitText("is ordered with the status Pending");
        }
    }

    private static String statusOfFirstCertificate(Browser admin) {
        expandCertificates(admin, "User certificate");
        return admin.waitFor(By.cssSelector(".certificate-status")).getText();
    }

    /** Taps the collapsed "User certificate" section open; an open one stays open. */
    private static void expandCertificates(Browser admin, String title) {
        WebElement header = admin.waitFor(By.xpath("//*[contains(@class,'ui-accordion-header')][normalize-space(.)='" + title + "']"));
        if (!"true".equals(header.getAttribute("aria-expanded"))) {
            header.click();
        }
        admin.waitFor(By.cssSelector(".certificate-list"));
    }

    /** The "Delete certificate profile" window of the seed: the reason, then "Ok". */
    private static void revokeInWindow(Browser admin, String reason) {
        assertTrue(admin.waitFor("revokeDialog").getText().contains("Delete certificate profile"));
        admin.choose(reason);
        admin.screenshot("revoke-window");
        admin.click("revokeForm:ok");
        admin.awaitText("The certificate has been revoked.");
        assertEquals("Revoked", admin.waitFor(By.cssSelector(".certificate-status")).getText());
    }

    private String issuanceLink(String email) {
        var mailed = Mailboxes.awaitMail(mail, email, "/issue?order=");
        String link = mailed.body().lines().filter(l -> l.contains("/issue?order=")).findFirst().orElseThrow().strip();
        return link.substring(link.indexOf("/issue?order="));
    }
}
