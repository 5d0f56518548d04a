package com.dentalai.hub.conversation;

import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.platform.gate.GatedCalls;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/nlu/parse} (CONTRACTS.md): the deterministic NLU behind the gate. */
@RestController
class NluParseController {

    /** The request body; {@code now} is ISO-8601 (offset, zone or local date-time in the tenant's zone). */
    record NluParseRequest(@NotBlank @Size(max = 4000) String text, String tenant, String now) {}

    private final GatedCalls calls;
    private final TenantDirectory tenants;

    NluParseController(GatedCalls calls, TenantDirectory tenants) {
        this.calls = calls;
        this.tenants = tenants;
    }

    @PostMapping(path = "/api/v1/nlu/parse", consumes = "application/json", produces = "application/json")
    @SuppressWarnings("unchecked")
    Map<String, Object> parse(
            @AuthenticationPrincipal Principal principal, @Valid @RequestBody NluParseRequest request) {
        // the edge validates and resolves the clock; the route only parses
        ZoneId zone = request.tenant() == null || request.tenant().isBlank()
                ? NluParsing.DEFAULT_ZONE
                : tenants.require(request.tenant()).timezone();
        NluParsing.Utterance utterance = new NluParsing.Utterance(request.text(), NluParsing.now(request.now(), zone));
        return calls.request(NluParseRoute.PARSE, principal, request.tenant(), utterance, Map.of(), Map.class);
    }
}
