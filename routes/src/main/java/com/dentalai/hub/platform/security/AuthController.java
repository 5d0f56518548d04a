package com.dentalai.hub.platform.security;

import com.dentalai.hub.domain.audit.AuditEvent.Outcome;
import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.platform.web.ProblemException;
import com.dentalai.hub.platform.web.Problems;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Login, invite redemption and "who am I" (CONTRACTS.md, HTTP → Auth). */
@RestController
class AuthController {

    private final LoginService login;
    private final TokenIssuer tokens;
    private final UserStore users;
    private final PasswordEncoder passwords;
    private final SecurityAudit audit;

    AuthController(
            LoginService login, TokenIssuer tokens, UserStore users, PasswordEncoder passwords, SecurityAudit audit) {
        this.login = login;
        this.tokens = tokens;
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
    }

    record LoginRequest(@NotBlank @Size(max = 200) String username, @NotBlank @Size(max = 200) String password) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record TokenResponse(String accessToken, String tokenType, long expiresIn) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AcceptInviteRequest(
            @NotBlank @Size(max = 200) String inviteToken, @NotBlank @Size(min = 10, max = 200) String password) {}

    record MeResponse(String id, String username, String tenant, List<String> roles) {}

    @PostMapping("/api/v1/auth/login")
    TokenResponse login(@Valid @RequestBody LoginRequest body, HttpServletRequest request) {
        UserAccount user = login.authenticate(body.username(), body.password(), request.getRemoteAddr());
        TokenIssuer.AccessToken token = tokens.issue(user);
        return new TokenResponse(token.value(), "Bearer", token.expiresInSeconds());
    }

    @PostMapping("/api/v1/auth/accept-invite")
    ResponseEntity<Void> acceptInvite(@Valid @RequestBody AcceptInviteRequest body, HttpServletRequest request) {
        UUID id = users.acceptInvite(Invites.hash(body.inviteToken()), passwords.encode(body.password()))
                .orElseThrow(() -> new ProblemException(
                        HttpStatus.BAD_REQUEST, "invalid-invite", "The invite is unknown, used or expired"));
        audit.record(
                null,
                id.toString(),
                SecurityAudit.INVITE_ACCEPT,
                id.toString(),
                Outcome.SUCCESS,
                request.getRemoteAddr(),
                Map.of());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/users/me")
    MeResponse me(@AuthenticationPrincipal Principal principal) {
        return new MeResponse(
                principal.id(),
                principal.name(),
                principal.tenantId(),
                principal.roles().stream().map(Enum::name).sorted().toList());
    }

    @ExceptionHandler(BadCredentialsException.class)
    ResponseEntity<Object> refused() {
        // one body for every refusal: unknown user, wrong password, locked, disabled
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Invalid username or password"));
    }

    @ExceptionHandler(LoginService.ThrottledException.class)
    ResponseEntity<Object> throttled(LoginService.ThrottledException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .headers(e.headers())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(e.problem());
    }
}
