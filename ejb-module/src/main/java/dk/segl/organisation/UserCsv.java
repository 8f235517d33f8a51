package dk.segl.organisation;

import dk.segl.error.DomainException;
import dk.segl.error.EnumValue;
import dk.segl.error.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The CSV an administrator uploads to change many users: one user per line, columns name, email,
 * login name, roles (separated by ';') and action, comma-separated, fields optionally in double
 * quotes. A first line starting with "name" is a header. The action is {@code create} (also when
 * the column is empty or absent, so files from before the column still create), {@code update}
 * (the user with that login name takes the non-empty fields; roles {@code -} means none) or
 * {@code delete} (only the login name counts). Each line parses on its own, so one bad line does
 * not stop the others; a login name on several lines is refused on each of them, because which
 * change should win would depend on the order of lines.
 */
public final class UserCsv {

    private static final int MIN_COLUMNS = 3;
    private static final int COLUMNS = 5;
    private static final String NO_ROLES = "-";

    /** One line of the file: the change it asks for, or why it is refused (with the change, if it was read). */
    public record Line(int number, UserCommand command, DomainException refusal) {
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
                lines.add(new Line(i + 1, command(fields(text)), null));
            } catch (DomainException e) {
                lines.add(new Line(i + 1, null, e));
            }
        }
        return refuseRepeated(lines);
    }

    private static UserCommand command(List<String> fields) {
        if (fields.size() < MIN_COLUMNS || fields.size() > COLUMNS) {
            throw Rule.CSV_COLUMNS.refusal("A line has the columns name, email, login name, roles and action; this one has "
                    + fields.size());
        }
        String name = fields.get(0);
        String email = fields.get(1);
        String login = fields.get(2);
        String roles = fields.size() > 3 ? fields.get(3) : "";
        String action = fields.size() > 4 ? fields.get(4) : "";
        return switch (action.isEmpty() ? UserCommand.Action.CREATE
                : EnumValue.parse(UserCommand.Action.class, action, Rule.CSV_ACTION, "The action")) {
            case CREATE -> new UserCommand.Create(new NewUser(login, name, email, roles(roles)));
            case UPDATE -> new UserCommand.Update(login, new UserChanges(present(name), present(email),
                    roles.isEmpty() ? Optional.empty() : Optional.of(roles(roles))));
            case DELETE -> new UserCommand.Delete(login);
        };
    }

    private static Set<Role> roles(String field) {
        return Arrays.stream(field.split(";")).map(String::strip).filter(r -> !r.isEmpty() && !r.equals(NO_ROLES))
                .map(Role::parse).collect(Collectors.toSet());
    }

    private static Optional<String> present(String field) {
        return field.isEmpty() ? Optional.empty() : Optional.of(field);
    }

    private static List<Line> refuseRepeated(List<Line> lines) {
        Map<String, List<Integer>> numbers = new HashMap<>();
        lines.stream().filter(line -> line.command() != null)
                .forEach(line -> numbers.computeIfAbsent(key(line), k -> new ArrayList<>()).add(line.number()));
        return lines.stream().map(line -> line.command() == null || numbers.get(key(line)).size() == 1 ? line
                : new Line(line.number(), line.command(), Rule.CSV_LOGIN_REPEATED.refusal("The login name " + key(line)
                        + " is on lines " + numbers.get(key(line)).stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + "; a file changes each user once"))).toList();
    }

    private static String key(Line line) {
        return line.command().loginName().strip().toLowerCase(Locale.ROOT);
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
