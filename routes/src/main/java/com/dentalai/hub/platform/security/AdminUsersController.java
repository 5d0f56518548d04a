package com.dentalai.hub.platform.security;

import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.domain.security.Role;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * User administration within the caller's scope. Who may see and grant what is decided by the
 * domain {@code PermissionPolicy} (see {@link UserAdministration}); row-level security backs it up.
 */
@RestController
@RequestMapping("/api/v1/admin/users")
class AdminUsersController {

    static final String USERNAME = "[A-Za-z0-9._@+-]{3,120}";
    static final String TENANT = "[a-z0-9-]{1,63}";
    /** Printable text: no control characters (log and CSV-export safety). */
    static final String TEXT = "[^\\p{Cntrl}]*";

    private final UserAdministration admin;

    AdminUsersController(UserAdministration admin) {
        this.admin = admin;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CreateUserRequest(
            @NotBlank @Pattern(regexp = USERNAME, message = "must be 3-120 of A-Z a-z 0-9 . _ @ + -") String username,
            @Size(min = 10, max = 200) String password,
            Boolean invite,
            @NotBlank @Size(max = 200) @Pattern(regexp = TEXT, message = "must not contain control characters")
                    String displayName,
            @Pattern(regexp = TENANT, message = "must be a tenant id") String tenant,
            @NotEmpty List<@NotNull Role> roles) {

        boolean invited() {
            return Boolean.TRUE.equals(invite);
        }
    }

    record RolesRequest(@NotNull List<@NotNull Role> roles) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record UserResponse(
            UUID id,
            String username,
            String displayName,
            String tenant,
            List<String> roles,
            boolean enabled,
            String inviteToken) {

        static UserResponse of(UserAccount u, String inviteToken) {
            return new UserResponse(
                    u.id(),
                    u.username(),
                    u.displayName(),
                    u.tenant(),
                    u.roles().stream().map(Enum::name).sorted().toList(),
                    u.enabled(),
                    inviteToken);
        }
    }

    record ImportResponse(List<UserResponse> created) {}

    @PostMapping
    ResponseEntity<UserResponse> create(
            @AuthenticationPrincipal Principal caller,
            @Valid @RequestBody CreateUserRequest body,
            HttpServletRequest request) {
        UserAdministration.Created created = admin.create(caller, body, request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED).body(UserResponse.of(created.user(), created.inviteToken()));
    }

    @GetMapping
    List<UserResponse> list(@AuthenticationPrincipal Principal caller) {
        return admin.list(caller).stream().map(u -> UserResponse.of(u, null)).toList();
    }

    @PutMapping("/{id}/roles")
    UserResponse replaceRoles(
            @AuthenticationPrincipal Principal caller,
            @PathVariable UUID id,
            @Valid @RequestBody RolesRequest body,
            HttpServletRequest request) {
        return UserResponse.of(admin.replaceRoles(caller, id, Set.copyOf(body.roles()), request.getRemoteAddr()), null);
    }

    @PostMapping(
            path = "/import",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<ImportResponse> importCsv(
            @AuthenticationPrincipal Principal caller, @RequestBody String csv, HttpServletRequest request) {
        List<UserResponse> created = admin.importCsv(caller, csv, request.getRemoteAddr()).stream()
                .map(c -> UserResponse.of(c.user(), c.inviteToken()))
                .toList();
        return ResponseEntity.status(HttpStatus.CREATED).body(new ImportResponse(created));
    }
}
