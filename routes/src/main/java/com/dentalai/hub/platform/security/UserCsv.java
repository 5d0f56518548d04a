package com.dentalai.hub.platform.security;

import com.dentalai.hub.domain.security.Role;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import com.dentalai.hub.platform.web.ProblemException;
import com.dentalai.hub.platform.web.Problems;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The bulk-invite CSV: {@code username,display_name,tenant,roles} with roles separated by
 * {@code ;}, an optional header line, RFC 4180 quoting. Every problem is reported as
 * {@code line N.field} so the admin can fix the whole file in one go.
 */
@Component
class UserCsv {

    static final String HEADER = "username,display_name,tenant,roles";
    static final int MAX_LINES = 5_000;

    private static final Pattern USERNAME = Pattern.compile(AdminUsersController.USERNAME);
    private static final Pattern TENANT = Pattern.compile(AdminUsersController.TENANT);
    private static final Pattern TEXT = Pattern.compile(AdminUsersController.TEXT);

    private final TenantDirectory tenants;

    UserCsv(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    /** One valid line; {@code tenant} null = a platform-level user (empty tenant column). */
    record Line(int number, String username, String displayName, String tenant, Set<Role> roles) {}

    /**
     * @param mayGrant whether the importing admin may grant a role in a tenant
     * @throws ProblemException 400 with {@code errors[{field: "line N.column"}]} when any line is bad
     */
    List<Line> parse(String text, BiPredicate<Role, String> mayGrant) {
        List<Problems.FieldError> errors = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String[] raw = (text == null ? "" : text).split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            int number = i + 1;
            String row = raw[i];
            if (row.isBlank() || (number == 1 && row.trim().equalsIgnoreCase(HEADER))) {
                continue;
            }
            if (lines.size() + errors.size() >= MAX_LINES) {
                errors.add(new Problems.FieldError("line " + number, "more than " + MAX_LINES + " lines"));
                break;
            }
            parseLine(number, row, mayGrant, seen, errors).ifPresent(lines::add);
        }
        if (lines.isEmpty() && errors.isEmpty()) {
            errors.add(new Problems.FieldError("body", "no users in the file (" + HEADER + ")"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    HttpStatus.BAD_REQUEST, "validation", "The file has invalid lines; nobody was created", errors);
        }
        return lines;
    }

    private Optional<Line> parseLine(
            int n, String row, BiPredicate<Role, String> mayGrant, Set<String> seen, List<Problems.FieldError> errors) {
        int before = errors.size();
        List<String> cells = cells(row);
        if (cells == null || cells.size() != 4) {
            errors.add(new Problems.FieldError("line " + n, "needs 4 columns: " + HEADER));
            return Optional.empty();
        }
        String username = cells.get(0).trim().toLowerCase(Locale.ROOT);
        String displayName = cells.get(1).trim();
        String tenant = cells.get(2).trim().isEmpty() ? null : cells.get(2).trim();
        if (!USERNAME.matcher(username).matches()) {
            errors.add(field(n, "username", "must be 3-120 of A-Z a-z 0-9 . _ @ + -"));
        } else if (!seen.add(username)) {
            errors.add(field(n, "username", "appears twice in the file"));
        }
        if (displayName.isEmpty()
                || displayName.length() > 200
                || !TEXT.matcher(displayName).matches()) {
            errors.add(field(n, "display_name", "must be 1-200 printable characters"));
        }
        boolean tenantOk = tenant == null
                || (TENANT.matcher(tenant).matches() && tenants.find(tenant).isPresent());
        if (!tenantOk) {
            errors.add(field(n, "tenant", "is not a known tenant"));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : cells.get(3).split(";")) {
            String r = name.trim();
            if (r.isEmpty()) {
                continue;
            }
            Optional<Role> role = Roles.find(r.toUpperCase(Locale.ROOT));
            if (role.isEmpty()) {
                errors.add(field(n, "roles", "unknown role '" + printable(r) + "'"));
            } else if (tenantOk && !mayGrant.test(role.get(), tenant)) {
                errors.add(field(
                        n,
                        "roles",
                        "you may not grant " + role.get() + (tenant == null ? " platform-wide" : " in " + tenant)));
            } else {
                roles.add(role.get());
            }
        }
        if (roles.isEmpty() && errors.size() == before) {
            errors.add(field(n, "roles", "at least one role is required"));
        }
        return errors.size() == before
                ? Optional.of(new Line(n, username, displayName, tenant, roles))
                : Optional.empty();
    }

    private static Problems.FieldError field(int line, String column, String message) {
        return new Problems.FieldError("line " + line + "." + column, message);
    }

    private static String printable(String s) {
        String cut = s.length() > 40 ? s.substring(0, 40) : s;
        return cut.replaceAll("[^A-Za-z0-9_-]", "?");
    }

    /** RFC 4180 cells of one line, or null for an unterminated quote. */
    static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        cells.add(cell.toString());
        return cells;
    }
}
