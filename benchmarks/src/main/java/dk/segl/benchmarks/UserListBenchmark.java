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
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * "Menu > Users stays fast with 100,000 users": fills the demo organisation of a running Segl
 * (on PostgreSQL) with users straight into its database, then measures the user list over the
 * real REST interface as the demo user administrator — first page, a deep page, a name search
 * and an email search — and prints latency percentiles. Every REST call logs in with HTTP Basic
 * (a password check), so a call that only logs in is measured first as the baseline. Bounded: a fixed number of sequential
 * requests to one local address.
 */
public final class UserListBenchmark {

    private static final String CVR = "12345678";
    private static final String[] FIRST = {"Anne", "Bo", "Carl", "Dorthe", "Emil", "Freja", "Gustav", "Hanne",
            "Ida", "Jens", "Karen", "Lars", "Mette", "Niels", "Ole", "Pia", "Rasmus", "Sofie", "Thomas", "Ulla"};
    private static final String[] LAST = {"Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen",
            "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen"};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base = System.getProperty("bench.base");
    private final String authorization = "Basic " + Base64.getEncoder()
            .encodeToString("useradmin:segl-demo".getBytes(StandardCharsets.UTF_8));

    public static void main(String[] args) throws Exception {
        new UserListBenchmark().run(Integer.getInteger("bench.users"), Integer.getInteger("bench.requests"));
    }

    private void run(int users, int requests) throws Exception {
        seed(users);
        String list = "/api/v1/organisations/" + CVR + "/users";
        measure("baseline: GET /api/v1/me (login only)", "/api/v1/me", requests);
        measure("first page (size 20)", list + "?page=0&size=20", requests);
        measure("page 2500 (size 20)", list + "?page=2500&size=20", requests);
        measure("search by name 'sørensen' (size 20)", list + "?query=s%C3%B8rensen&size=20", requests);
        measure("search by email 'bench-0424' (size 20)", list + "?query=bench-0424&size=20", requests);
    }

    private void seed(int wanted) throws SQLException {
        try (Connection db = DriverManager.getConnection(System.getProperty("bench.jdbc"),
                System.getProperty("bench.db.user"), "unused")) {
            String organisation = single(db, "select id from organisation where cvr = '" + CVR + "'");
            int present = Integer.parseInt(single(db,
                    "select count(*) from user_account where login_name like 'bench-%'"));
            db.setAutoCommit(false);
            Instant start = Instant.now();
            try (PreparedStatement insert = db.prepareStatement("insert into user_account (id, organisation_id,"
                    + " login_name, name, email, status, created_at, version) values (?, ?, ?, ?, ?, 'CREATED', ?, 0)")) {
                for (int i = present; i < wanted; i++) {
                    String login = String.format("bench-%06d", i);
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, organisation);
                    insert.setString(3, login);
                    insert.setString(4, FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length]);
                    insert.setString(5, login + "@bench.example");
                    insert.setTimestamp(6, Timestamp.from(Instant.now()));
                    insert.addBatch();
                    if (i % 5000 == 4999) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
                insert.executeBatch();
                db.commit();
            }
            db.createStatement().execute("analyze user_account");
            db.commit();
            System.out.printf("seeded %d users (%d were there) in %d ms%n", Math.max(0, wanted - present), present,
                    Duration.between(start, Instant.now()).toMillis());
        }
    }

    private static String single(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("Nothing for: " + sql + " (is Segl's demo organisation there?)");
            }
            return rs.getString(1);
        }
    }

    private void measure(String label, String path, int requests) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                .timeout(Duration.ofSeconds(30)).GET().build();
        for (int i = 0; i < 20; i++) {
            check(http.send(request, HttpResponse.BodyHandlers.ofString()));
        }
        List<Long> micros = new ArrayList<>();
        String total = "";
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            micros.add((System.nanoTime() - t0) / 1000);
            total = check(response);
        }
        Collections.sort(micros);
        System.out.printf("%-42s total=%-7s p50=%6.1f ms  p95=%6.1f ms  max=%6.1f ms  (%d requests)%n", label, total,
                micros.get(micros.size() / 2) / 1000.0, micros.get((int) (micros.size() * 0.95)) / 1000.0,
                micros.get(micros.size() - 1) / 1000.0, requests);
    }

    private static String check(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        int at = response.body().lastIndexOf("\"total\":");
        return at < 0 ? "-" : response.body().substring(at + 8).replaceAll("[^0-9].*", "");
    }
}
