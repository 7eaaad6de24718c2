package cn.archive.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The browser's way in: the login page hands out a CSRF cookie; the form posts it back and gets a
 * session; unsafe requests of the session need the token; failed logins lock the user for a while;
 * every answer carries the security headers.
 */
class SessionLoginTest extends SecurityStack {

    private static final Pattern COOKIE = Pattern.compile("^([^=]+)=([^;]*)");

    @Test
    void theLoginFormGivesASessionAndUnsafeRequestsNeedTheCsrfToken() throws Exception {
        String user = uniqueName("browser");
        String password = createUser(user, "VIEWER", Set.of());
        Response page = browser("GET", "/login.html", null, null, null);
        assertThat(page.status()).isEqualTo(200);
        String csrf = cookie(page, "XSRF-TOKEN");
        assertThat(csrf).isNotBlank();

        Response noToken = browser("POST", "/login", "XSRF-TOKEN=" + csrf, null, form(user, password, null));
        assertThat(noToken.status()).isEqualTo(401);
        Response login = browser("POST", "/login", "XSRF-TOKEN=" + csrf, null, form(user, password, csrf));
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).endsWith("/");
        String session = "JSESSIONID=" + cookie(login, "JSESSIONID") + "; XSRF-TOKEN=" + csrf;

        Response me = browser("GET", "/api/me", session, null, null);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asText()).isEqualTo(user);
        assertThat(browser("POST", "/api/access-requests", session, null, "{}").status()).as("no token").isEqualTo(403);
        assertThat(browser("POST", "/api/access-requests", session, csrf, "{}").status()).as("token").isEqualTo(400);

        JsonNode logins = audit("user=" + user + "&action=LOGIN");
        assertThat(logins.get("total").asLong()).isEqualTo(1);
        assertThat(logins.at("/events/0/outcome").asText()).isEqualTo("OK");

        Response logout = browser("POST", "/logout", session, csrf, null);
        assertThat(logout.status()).isEqualTo(302);
        assertThat(logout.header("Location")).endsWith("/login.html?logout");
        assertThat(browser("GET", "/api/me", session, null, null).status()).as("the session is gone").isEqualTo(401);
        assertThat(audit("user=" + user + "&action=LOGOUT").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aReviewSavedFromABrowserSessionNeedsTheCsrfToken() throws Exception {
        String user = uniqueName("clerk");
        Session session = logIn(user, createUser(user, "ARCHIVIST", Set.of()));
        String path = "/api/documents/" + "d".repeat(64) + "/fields";

        assertThat(browser("PUT", path, session.cookies(), null, "{\"baseRevision\":1}").status()).as("no token")
                .isEqualTo(403);
        assertThat(browser("PUT", path, session.cookies(), session.csrf(), "{\"baseRevision\":1}").status()).as("token")
                .isEqualTo(404);
    }

    @Test
    void aDisabledUsersOpenSessionEndsOnItsNextRequest() throws Exception {
        String user = uniqueName("leaver");
        String password = createUser(user, "VIEWER", Set.of());
        String session = logIn(user, password).cookies();
        assertThat(browser("GET", "/api/me", session, null, null).status()).isEqualTo(200);

        assertThat(send("admin", "PUT", "/api/users/" + user, "{\"enabled\":false}").status()).isEqualTo(200);

        assertThat(browser("GET", "/api/me", session, null, null).status()).isEqualTo(401);
        assertThat(basicGet(user, password).status()).isEqualTo(401);
    }

    @Test
    void aBrowserWithoutASessionIsSentToTheLoginPageAndAProgramGetsABasicChallenge() throws Exception {
        Response navigation = call(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("Accept", "text/html").header("Sec-Fetch-Mode", "navigate").build());
        assertThat(navigation.status()).isEqualTo(302);
        assertThat(navigation.header("Location")).endsWith("/login.html");

        Response script = browser("GET", "/api/search", null, null, null);
        assertThat(script.status()).isEqualTo(401);
        assertThat(script.header("WWW-Authenticate")).isNull();

        Response program = get(null, "/api/search");
        assertThat(program.status()).isEqualTo(401);
        assertThat(program.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(program.header("Content-Type")).contains("application/problem+json");
    }

    @Test
    void repeatedFailuresLockTheUserEvenAgainstTheRightPassword() throws Exception {
        String user = uniqueName("guessed");
        String password = createUser(user, "VIEWER", Set.of());
        for (int i = 0; i < MAX_FAILED_LOGINS; i++) {
            assertThat(basicGet(user, "wrong-" + i).status()).isEqualTo(401);
        }

        assertThat(basicGet(user, password).status()).isEqualTo(401);
        assertThat(get("viewer", "/api/me").status()).as("other users are not affected").isEqualTo(200);
        JsonNode events = audit("user=" + user + "&action=LOGIN");
        assertThat(events.get("total").asLong()).isEqualTo(MAX_FAILED_LOGINS + 1);
        assertThat(events.at("/events/0/outcome").asText()).isEqualTo("DENIED");
        assertThat(events.at("/events/0/details/reason").asText()).isEqualTo("LockedException");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (Response r : List.of(browser("GET", "/login.html", null, null, null), get("viewer", "/api/me"),
                get(null, "/api/search"))) {
            assertThat(r.header("Content-Security-Policy")).contains("script-src 'self'").contains("frame-ancestors 'none'");
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
        }
        Response login = browser("GET", "/login.html", null, null, null);
        assertThat(login.body()).doesNotContain("<script>").containsPattern("src=\"/assets/login-[^\"]+\\.js\"");
        assertThat(login.raw().headers().allValues("Set-Cookie")).anyMatch(c -> c.contains("SameSite=Strict"));
    }

    /** A logged-in browser: its cookies (session and CSRF) and the CSRF token it sends back. */
    private record Session(String cookies, String csrf) {
    }

    private Session logIn(String user, String password) throws Exception {
        String csrf = cookie(browser("GET", "/login.html", null, null, null), "XSRF-TOKEN");
        Response login = browser("POST", "/login", "XSRF-TOKEN=" + csrf, null, form(user, password, csrf));
        assertThat(login.status()).isEqualTo(302);
        return new Session("JSESSIONID=" + cookie(login, "JSESSIONID") + "; XSRF-TOKEN=" + csrf, csrf);
    }

    private Response basicGet(String user, String password) throws Exception {
        return call(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me"))
                .header("Authorization", basic(user, password)).build());
    }

    /** A request as the browser's page makes it: cookies, Fetch Metadata, the CSRF header when given. */
    private Response browser(String method, String path, String cookies, String csrf, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Sec-Fetch-Site", "same-origin").header("Sec-Fetch-Mode", "cors")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (cookies != null) {
            b.header("Cookie", cookies);
        }
        if (csrf != null) {
            b.header("X-XSRF-TOKEN", csrf);
        }
        if (body != null) {
            b.header("Content-Type", body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded");
        }
        return call(b.build());
    }

    private static String form(String user, String password, String csrf) {
        return "username=" + enc(user) + "&password=" + enc(password) + (csrf == null ? "" : "&_csrf=" + enc(csrf));
    }

    private static String cookie(Response r, String name) {
        for (String header : r.raw().headers().allValues("Set-Cookie")) {
            Matcher m = COOKIE.matcher(header);
            if (m.find() && m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        return null;
    }
}
