package com.dentalai.hub.platform.security;

import com.dentalai.hub.domain.security.Role;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Role names as stored (text[]) and as carried in tokens. */
final class Roles {

    private Roles() {}

    /** Unknown names are dropped: a token or row naming a retired role grants nothing. */
    static Set<Role> parse(Collection<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String n : names) {
            find(n).ifPresent(roles::add);
        }
        return roles;
    }

    static Optional<Role> find(String name) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst();
    }

    static String toSqlList(Collection<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
