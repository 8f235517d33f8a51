package dk.segl.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * "Verifying a password for every REST call stays affordable": REST calls per second over HTTP
 * Basic when the password was verified a moment ago (Segl confirms it from its short-lived cache
 * of verified credentials) against the baseline, PBKDF2 on every call, measured in the same run
 * by logging in as a different user for each call (every one a cache miss). The users are copies
 * of the demo user administrator, password hash included, written straight into the database of
 * a running Segl (on PostgreSQL). Bounded: a fixed number of sequential requests to one local address.
 */
public final class CredentialCacheBenchmark {

    private static final String CVR = "12345678";
    private static final String PREFIX = "cache-bench-";
    private static final String PASSWORD = "segl-demo";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base = System.getProperty("bench.base");

    public static void main(String[] args) throws Exception {
        new CredentialCacheBenchmark().run(Integer.getInteger("bench.requests"));
    }

    private void run(int requests) throws Exception {
        List<String> fresh = seed(requests);
        for (int i = 0; i < 20; i++) {
            me("useradmin");
        }
        double cached = callsPerSecond(List.of("useradmin"), requests);
        double pbkdf2 = callsPerSecond(fresh, requests);
        System.out.printf("GET /api/v1/me, %d sequential calls each%n", requests);
        System.out.printf("  verified a moment ago (cache):        %7.1f calls/s%n", cached);
        System.out.printf("  PBKDF2 on every call (baseline):      %7.1f calls/s%n", pbkdf2);
        System.out.printf("  ratio cache / baseline:               %7.1f x%n", cached / pbkdf2);
    }

    /** As many never-used logins as there are calls to make, so each baseline call verifies afresh. */
    private List<String> seed(int count) throws SQLException {
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String> logins = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(System.getProperty("bench.jdbc"),
                System.getProperty("bench.db.user"), "unused")) {
            db.setAutoCommit(false);
            String organisation = single(db, "select id from organisation where cvr = '" + CVR + "'");
            String hash = single(db, "select password_hash from user_account where login_name = 'useradmin'");
            db.createStatement().executeUpdate("delete from user_account where login_name like '" + PREFIX + "%'");
            try (PreparedStatement insert = db.prepareStatement("insert into user_account (id, organisation_id,"
                    + " login_name, name, email, password_hash, status, created_at, version)"
                    + " values (?, ?, ?, ?, ?, ?, 'ACTIVATED', ?, 0)")) {
                for (int i = 0; i < count; i++) {
                    String login = PREFIX + run + "-" + i;
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, organisation);
                    insert.setString(3, login);
                    insert.setString(4, "Cache Bench " + i);
                    insert.setString(5, login + "@bench.example");
                    insert.setString(6, hash);
                    insert.setTimestamp(7, Timestamp.from(Instant.now()));
                    insert.addBatch();
                    logins.add(login);
                }
                insert.executeBatch();
            }
            db.commit();
        }
        return logins;
    }

    private static String single(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("Nothing for: " + sql + " (is Segl's demo organisation there?)");
            }
            return rs.getString(1);
        }
    }

    /** Calls in turn as each login, round and round, and answers calls per second. */
    private double callsPerSecond(List<String> logins, int requests) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            me(logins.get(i % logins.size()));
        }
        return requests / ((System.nanoTime() - start) / 1e9);
    }

    private void me(String login) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((login + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " as " + login + ": " + response.body());
        }
    }
}
