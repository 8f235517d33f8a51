package dk.segl.organisation;

import dk.segl.error.DomainException;
import dk.segl.error.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The CSV an administrator uploads to create many users: one user per line, columns name, email,
 * login name and roles (separated by ';'), comma-separated, fields optionally in double quotes.
 * A first line starting with "name" is a header. Each line parses on its own, so one bad line
 * does not stop the others.
 */
public final class UserCsv {

    private static final int COLUMNS = 4;

    /** One line of the file: the user it asks for, or why it cannot be read. */
    public record Line(int number, NewUser user, DomainException refusal) {
    }

    private UserCsv() {
    }

    public static List<Line> parse(String csv) {
        List<Line> lines = new ArrayList<>();
        String[] raw = csv.strip().replace("\r\n", "\n").replace('\r', '\n').split("\n");
        for (int i = 0; i < raw.length; i++) {
            String text = raw[i].strip();
            boolean header = i == 0 && text.toLowerCase(Locale.ROOT).startsWith("name");
            if (text.isEmpty() || header) {
                continue;
            }
            try {
                lines.add(new Line(i + 1, user(fields(text)), null));
            } catch (DomainException e) {
                lines.add(new Line(i + 1, null, e));
            }
        }
        return lines;
    }

    private static NewUser user(List<String> fields) {
        if (fields.size() < COLUMNS - 1 || fields.size() > COLUMNS) {
            throw Rule.CSV_COLUMNS.refusal("A line has the columns name, email, login name and roles; this one has " + fields.size());
        }
        Set<Role> roles = fields.size() < COLUMNS ? Set.of() : Arrays.stream(fields.get(3).split(";"))
                .map(String::strip).filter(r -> !r.isEmpty()).map(Role::parse).collect(Collectors.toSet());
        return new NewUser(fields.get(2), fields.get(0), fields.get(1), roles);
    }

    /** Splits on commas outside double quotes; a doubled quote inside quotes is a quote. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw Rule.CSV_QUOTE.refusal();
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
