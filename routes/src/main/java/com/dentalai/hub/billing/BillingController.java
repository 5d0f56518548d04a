package com.dentalai.hub.billing;

import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.platform.gate.GatedCalls;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import com.dentalai.hub.platform.web.ProblemException;
import com.dentalai.hub.platform.web.Problems;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/billing/subscription} and {@code POST /api/v1/billing/checkout} (CONTRACTS.md).
 * {@code tenant} (query parameter or body field) defaults to the caller's own tenant; a branch is
 * answered for its HQ, which holds the franchise's subscription. The gate decides on the billed tenant.
 */
@RestController
class BillingController {

    private final GatedCalls calls;
    private final TenantDirectory tenants;
    private final TenantStanding standing;
    private final BillingProperties props;

    BillingController(GatedCalls calls, TenantDirectory tenants, TenantStanding standing, BillingProperties props) {
        this.calls = calls;
        this.tenants = tenants;
        this.standing = standing;
        this.props = props;
    }

    @GetMapping(path = "/api/v1/billing/subscription", produces = "application/json")
    BillingApi.SubscriptionView subscription(
            @AuthenticationPrincipal Principal principal, @RequestParam(required = false) String tenant) {
        String billed = billedTenant(principal, tenant);
        return calls.request(
                BillingApiRoutes.SUBSCRIPTION, principal, billed, null, Map.of(), BillingApi.SubscriptionView.class);
    }

    @PostMapping(path = "/api/v1/billing/checkout", produces = "application/json")
    StripeCheckout.CheckoutSession checkout(
            @AuthenticationPrincipal Principal principal, @RequestBody Map<String, Object> body) {
        Object plan = body.get("plan");
        if (!(plan instanceof String name) || !props.plans().containsKey(name)) {
            throw new ProblemException(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "The request has invalid fields",
                    List.of(new Problems.FieldError(
                            "plan", "must be one of " + props.plans().keySet())));
        }
        Object tenant = body.get("tenant");
        String billed = billedTenant(principal, tenant instanceof String t ? t : null);
        return calls.request(
                BillingApiRoutes.CHECKOUT, principal, billed, name, Map.of(), StripeCheckout.CheckoutSession.class);
    }

    private String billedTenant(Principal principal, String requested) {
        String tenant = requested != null && !requested.isBlank() ? requested : principal.tenantId();
        if (tenant == null) {
            throw new ProblemException(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "The request has invalid fields",
                    List.of(new Problems.FieldError("tenant", "is required for a platform-level user")));
        }
        tenants.require(tenant);
        return standing.billedTenant(tenant);
    }
}
