package dk.segl.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

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
            admin.awaitText("No email is sent: your organisation's IdM system can now enrol it over EST.");
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
            assertTrue(admin.text("notActivatedHint").contains("has not activated"), "and why");
            admin.click("activation:resend");
            admin.awaitText("A new activation email has been sent to " + created.email());
            await().atMost(Duration.ofSeconds(60)).until(() -> Mailboxes.to(mail, created.email(), "Activation token").size() == 2);

            openProfile(admin, user.name());
            admin.type("profile:email", "oejvind.\u00f8@it.example");
            admin.click("profile:save");
            assertTrue(admin.waitFor("emailHint").getText().contains("\u00c6, \u00d8 or \u00c5"));
            expandCertificates(admin, "User certificate");
            admin.awaitText("an order is refused until the email address is changed");
            order(admin, "User login", "Internet browser", false, false);
            assertTrue(admin.waitFor("summaryForm:summaryMessages").getText()
                    .contains("contains letters such as \u00c6, \u00d8 or \u00c5"), "the refusal inside the open dialog");
            admin.screenshot("order-refused");
            admin.press(Keys.ESCAPE);
            admin.waitUntilGone(By.id("summaryDialog"));

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
    void theSettingsPageCreatesIdmSystemsAndRevokesASystemCertificateAfterNamingIt() throws Exception {
        var org = fixtures.organisation();
        var idm = fixtures.user(org, "Ivar Idm", "IDM_SYSTEM");
        String systemCertificates = MutualTls.systemCertificates(org, idm);
        ApiResponse issued = org.admin().postBytes(systemCertificates, Csrs.der(Csrs.ec("secp256r1")),
                "Content-Type", "application/pkcs10");
        assertEquals(200, issued.status(), issued::toString);
        String serial = String.format("%040X", Certificates.chain(issued.body()).get(0).getSerialNumber());
        String login = "nora-" + org.cvr();
        try (Browser admin = Browser.open(base)) {
            admin.go("/").login(org.adminLogin(), PASSWORD);
            admin.click("menuForm:menu_button");
            admin.clickText("Settings");
            admin.type("idm:name", "Nora New Idm");
            admin.type("idm:email", login + "@it.example");
            admin.type("idm:loginName", login);
            admin.click("idm:create");
            admin.awaitText("The IdM system Nora New Idm has been created");
            assertTrue(admin.text("idm:systems").contains(login), "the new system is listed");
            assertEquals(serial, admin.waitFor(By.cssSelector(".idm-serial")).getText());
            assertEquals("Issued", admin.waitFor(By.cssSelector(".idm-status")).getText());
            admin.screenshot("settings-idm");

            admin.click(By.xpath("//button[contains(@id,':revoke')]"));
            String question = admin.waitFor("idmRevokeForm:question").getText();
            assertTrue(question.contains(serial) && question.contains("Ivar Idm"), question);
            admin.choose("Suspicion of misuse, e.g. a stolen computer");
            admin.click("idmRevokeForm:ok");
            admin.awaitText("The system certificate " + serial + " has been revoked.");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> admin.waitFor(By.cssSelector(".idm-status")).getText().equals("Revoked"));
        }
        assertEquals("REVOKED", org.admin().get(systemCertificates).json().getJsonArray("items").getJsonObject(0)
                .getString("status"));
        var nora = org.admin().get(org.users() + "?query=Nora").items().getJsonObject(0);
        assertEquals(List.of("IDM_SYSTEM", "CREATED"), List.of(nora.getJsonArray("roles").getString(0),
                nora.getString("status")));
    }

    @Test
    void usersAreCreatedOneAtATimeAndFromCsvActivatedAndNamesAreShownAsText() throws Exception {
        var org = fixtures.organisation();
        String script = "<script>alert(1)</script>";
        fixtures.user(org, script);
        var leaving = fixtures.createdUser(org, "Gunnar Gone");
        var renamed = fixtures.createdUser(org, "Ulla Update");
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
                    + "Nina Igen,nina2@it.example," + login + "\n"
                    + ",," + leaving.login() + ",,delete\n"
                    + "Ulla Updated,," + renamed.login() + ",,update\n", StandardCharsets.UTF_8);
            admin.click("users:importButton");
            admin.waitFor("import:file").sendKeys(csv.toString());
            admin.click("import:upload");
            List<String> report = admin.waitFor("report").findElements(By.tagName("li")).stream()
                    .map(WebElement::getText).toList();
            admin.screenshot("import-report");
            assertEquals(5, report.size(), report::toString);
            assertEquals("Line 2: aero-" + org.cvr() + " created", report.get(0));
            assertTrue(report.get(1).startsWith("Line 3: refused:"), report.get(1));
            assertTrue(report.get(2).startsWith("Line 4: refused: The login name " + login + " is taken"), report.get(2));
            assertEquals("Line 5: " + leaving.login() + " deleted", report.get(3));
            assertEquals("Line 6: " + renamed.login() + " updated", report.get(4));

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
    void pagesThatCannotBeShownSayWhyInTheVisitorsLanguageWithAWayBack() throws Exception {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Palle Plain");
        var foreign = fixtures.user(fixtures.organisation(), "Frida Foreign");
        var cancelled = fixtures.ordered(org, user, Fixtures.order("USER_LOGIN", "BROWSER", false));
        assertEquals(204, org.admin().delete(org.users() + "/" + user.id() + "/certificates/" + cancelled.id()).status());
        try (Browser browser = Browser.open(base)) {
            browser.go("/no-such-page");
            assertTrue(browser.awaitText("Page not found").contains("Go to the start page"));
            assertEquals("en", browser.script("return document.documentElement.lang"));
            browser.go("/no-such-page?lang=da");
            assertTrue(browser.awaitText("Siden findes ikke").contains("G\u00e5 til forsiden"));
            assertEquals("da", browser.script("return document.documentElement.lang"));
            browser.screenshot("not-found-da");

            browser.go("/login.xhtml?lang=en");
            browser.login(org.adminLogin(), PASSWORD);
            browser.go("/user.xhtml?id=" + foreign.id());
            browser.awaitText("Page not found");
            browser.go("/user.xhtml?id=" + UUID.randomUUID());
            browser.awaitText("Page not found");
            browser.go("/users.xhtml");
            browser.logout();

            browser.login(user.login(), PASSWORD);
            for (String page : List.of("/users.xhtml", "/settings.xhtml", "/import.xhtml")) {
                browser.go(page);
                assertTrue(browser.awaitText("No access").contains("Your role does not give access to this page."), page);
            }
            browser.screenshot("no-access");
            browser.go(cancelled.link());
            assertTrue(browser.awaitText("This link cannot be used.").contains("My certificates"));
            browser.screenshot("issue-link-cancelled");
            browser.go("/users.xhtml");
            browser.click("home");
            browser.waitFor(By.id("mine"));
        }
        var api = anonymous.get("/no-such-page");
        assertEquals("application/problem+json", api.headers().firstValue("Content-Type").orElseThrow(), "programs still get problem+json");
    }

    @Test
    void theOrganisationAdministratorReadsCertificatesAndEveryoneSeesTheirOwnProfile() throws Exception {
        var org = fixtures.organisation();
        var olga = fixtures.user(org, "Olga Organisation", "ORGANISATION_ADMINISTRATOR");
        var user = fixtures.user(org, "Rasmus Reader");
        X509Certificate certificate = fixtures.issuedFromCsr(org, user);
        fixtures.ordered(org, user, Fixtures.order("USER_LOGIN", "BROWSER", false));
        try (Browser reader = Browser.open(base)) {
            reader.go("/").login(olga.login(), PASSWORD);
            reader.go("/user.xhtml?id=" + user.id());
            assertEquals(user.name(), reader.text("profile:nameText"), "read-only data as text");
            assertTrue(reader.all(By.id("profile:name")).isEmpty());
            assertTrue(reader.all(By.id("profile:save")).isEmpty());
            expandCertificates(reader, "User certificate");
            assertEquals(2, reader.all(By.cssSelector(".certificate-status")).size());
            reader.click(By.xpath("//tr[.//*[contains(@class,'certificate-status')][normalize-space(.)='Issued']]"
                    + "//*[contains(@class,'ui-row-toggler')]"));
            String serial = reader.waitFor(By.cssSelector("dd.certificate-serial")).getText();
            assertEquals(certificate.getSerialNumber(), new BigInteger(serial, 16), "the serial in full");
            assertTrue(reader.all(By.xpath("//button[contains(@id,'revokeExpanded') or contains(@id,':more_button')"
                    + " or contains(@id,':delete')]")).isEmpty(), "no Revoke or Delete for the organisation administrator");
            assertTrue(reader.all(By.id("certs:section:order")).isEmpty());
            reader.screenshot("profile-organisation-administrator");
            reader.click("menuForm:menu_button");
            reader.click("menuForm:menuProfile");
            assertEquals("Organisation administrator", reader.text("roles"));
        }
        try (Browser own = Browser.open(base, 390)) {
            own.go("/").login(user.login(), PASSWORD);
            own.go("/user.xhtml");
            assertEquals("User", own.text("roles"));
            assertEquals(user.email(), own.text("profile:emailText"));
            own.click("mine");
            own.waitFor(By.cssSelector(".certificate-status"));
            own.screenshot("own-profile-390px");
        }
    }

    @Test
    void theLanguageSwitchKeepsTheUserAndDatesValidationAndMailsFollowTheLanguage() throws Exception {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Dorte Dansk");
        fixtures.issuedFromCsr(org, user);
        try (Browser admin = Browser.open(base)) {
            admin.go("/").login(org.adminLogin(), PASSWORD);
            admin.go("/user.xhtml?id=" + user.id());
            expandCertificates(admin, "User certificate");
            admin.click(By.cssSelector(".certificate-list .ui-row-toggler"));
            assertTrue(admin.waitFor(By.cssSelector("dd.certificate-issued")).getText()
                    .matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} CES?T"), "English dates");

            admin.click("languageForm:danish");
            admin.awaitText("Stamdata");
            assertTrue(admin.driver().getCurrentUrl().contains("id=" + user.id()), admin.driver().getCurrentUrl());
            assertEquals("da", admin.script("return document.documentElement.lang"));
            expandCertificates(admin, "Brugercertifikat");
            admin.click(By.cssSelector(".certificate-list .ui-row-toggler"));
            assertTrue(admin.waitFor(By.cssSelector("dd.certificate-issued")).getText()
                    .matches("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2} CES?T"), "Danish dates");

            admin.type("profile:name", "");
            admin.click("profile:save");
            admin.awaitText("Navn: udfyld feltet.");
            admin.type("profile:name", user.name());
            new Select(admin.waitFor("profile:mailLanguage")).selectByVisibleText("Dansk");
            admin.click("profile:save");
            admin.awaitText("\u00c6ndringerne er gemt.");
        }
        String id = org.admin().post(org.users() + "/" + user.id() + "/certificates",
                Fixtures.order("USER_LOGIN", "BROWSER", false)).json().getString("id");
        var mailed = Mailboxes.awaitMail(mail, user.email(), id);
        assertEquals("Udsted dit brugercertifikat", mailed.subject());
        assertTrue(mailed.body().contains("Linket virker \u00e9n gang, kun for dig, indtil "), mailed.body());
        assertTrue(Pattern.compile("indtil \\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2} CES?T\\.").matcher(mailed.body()).find(),
                mailed.body());
    }

    /**
     * Every page and every dialog, in English and Danish, on a phone (390 px) and a desktop
     * (1280 px): axe-core finds no WCAG 2.1 AA violation and nothing lies outside the window. The
     * screenshots of the tour are what a reviewer looks at.
     */
    @Test
    void everyPageIsAccessibleAndFitsInBothLanguagesOnAPhoneAndADesktop() throws Exception {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Vibeke Vandrehjem-Østergaard Christiansen");
        fixtures.issuedFromCsr(org, user);
        var pending = fixtures.ordered(org, user, Fixtures.order("USER_LOGIN", "BROWSER", true));
        List<String> problems = new ArrayList<>();
        for (String language : List.of("en", "da")) {
            for (int width : new int[] {1280, 390}) {
                String suffix = "-" + language + "-" + width + "px";
                problems.addAll(anonymousTour(language, width, suffix));
                problems.addAll(administratorTour(org, user, language, width, suffix));
                problems.addAll(ownerTour(user, pending, language, width, suffix));
            }
        }
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
    }

    private List<String> anonymousTour(String language, int width, String suffix) throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.open(base, width)) {
            browser.go("/login.xhtml");
            chooseLanguage(browser, language);
            problems.addAll(browser.inspect("login" + suffix));
            browser.go("/activate?token=unknown");
            browser.waitFor("activate:submit");
            problems.addAll(browser.inspect("activate" + suffix));
            browser.go("/expired.xhtml");
            browser.waitFor("again");
            problems.addAll(browser.inspect("expired" + suffix));
        }
        return problems;
    }

    private List<String> administratorTour(Fixtures.Organisation org, Fixtures.User user, String language, int width,
                                           String suffix) throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser admin = Browser.open(base, width)) {
            admin.go("/login.xhtml");
            chooseLanguage(admin, language);
            admin.login(org.adminLogin(), PASSWORD);
            admin.go("/users.xhtml");
            admin.waitFor(By.linkText(user.name()));
            problems.addAll(admin.inspect("users" + suffix));
            admin.click("users:createButton");
            admin.waitFor("createForm:newName");
            problems.addAll(admin.inspect("create-user" + suffix));

            admin.go("/user.xhtml?id=" + user.id());
            admin.click(By.cssSelector(".ui-accordion-header"));
            admin.click(By.xpath("//tr[.//button[contains(@id,':more_button')]]//*[contains(@class,'ui-row-toggler')]"));
            admin.waitFor(By.xpath("//button[contains(@id,'revokeExpanded')]"));
            problems.addAll(admin.inspect("user-profile" + suffix));
            admin.click("certs:section:order");
            admin.waitFor("orderForm:review");
            problems.addAll(admin.inspect("order-dialog" + suffix));
            admin.click("orderForm:review");
            admin.waitFor("summaryForm:confirm");
            problems.addAll(admin.inspect("order-summary" + suffix));
            admin.click("summaryForm:back");
            admin.waitUntilGone(By.id("summaryDialog"));
            admin.click(By.xpath("//button[contains(@id,'revokeExpanded')]"));
            admin.waitFor("revokeForm:ok");
            problems.addAll(admin.inspect("revoke-dialog" + suffix));
            admin.click("revokeForm:cancel");
            admin.waitUntilGone(By.id("revokeDialog"));
            admin.click(By.xpath("//button[contains(@id,':delete')]"));
            admin.waitFor("deleteOrderForm:ok");
            problems.addAll(admin.inspect("delete-order-dialog" + suffix));

            for (String page : List.of("settings", "import", "mine")) {
                admin.go("/" + page + ".xhtml");
                admin.waitFor("languageForm");
                problems.addAll(admin.inspect(page + suffix));
            }
        }
        return problems;
    }

    private List<String> ownerTour(Fixtures.User user, Fixtures.Ordered pending, String language, int width,
                                   String suffix) throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser owner = Browser.open(base, width)) {
            owner.go(pending.link());
            chooseLanguage(owner, language);
            owner.login(user.login(), PASSWORD);
            owner.waitFor("browser:issue");
            problems.addAll(owner.inspect("issue" + suffix));
            owner.go("/mine.xhtml");
            owner.waitFor(By.cssSelector(".certificate-status"));
            problems.addAll(owner.inspect("my-certificates-user" + suffix));
        }
        return problems;
    }

    /** The switch in the header, on the login page; English is the browser's own language. */
    private static void chooseLanguage(Browser browser, String language) {
        if ("da".equals(language)) {
            browser.click("languageForm:danish");
            browser.waitFor("languageForm:english");
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
        // The search replaces the table: a click on a row's menu before that lands on a row about to go.
        admin.awaitAjax();
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
