package com.dentalai.hub.files;

import com.dentalai.hub.domain.files.UploadRequest;
import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.platform.gate.GatedCalls;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import com.dentalai.hub.platform.web.ProblemException;
import com.dentalai.hub.platform.web.Problems;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/files/presign} (CONTRACTS.md "Files"). */
@RestController
class FilesController {

    private final GatedCalls calls;
    private final TenantDirectory tenants;

    FilesController(GatedCalls calls, TenantDirectory tenants) {
        this.calls = calls;
        this.tenants = tenants;
    }

    @PostMapping(path = "/api/v1/files/presign", consumes = "application/json", produces = "application/json")
    PresignResponse presign(@AuthenticationPrincipal Principal principal, @RequestBody PresignRequest body) {
        String tenant = body.tenant() == null || body.tenant().isBlank() ? principal.tenantId() : body.tenant();
        UploadRequest upload = body.toUpload(tenant);
        // checked before the route: a request the pipeline would refuse never gets a URL, and a
        // validation answer must not be retried by the error policy
        List<Problems.FieldError> errors = upload.problems().stream()
                .map(p -> new Problems.FieldError(p.field(), p.message()))
                .toList();
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields", errors);
        }
        if (tenant == null) {
            throw new ProblemException(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "The request has invalid fields",
                    List.of(new Problems.FieldError("tenant", "is required for a principal without a tenant")));
        }
        tenants.require(tenant);
        return calls.request(FilePresignRoute.PRESIGN, principal, tenant, upload, Map.of(), PresignResponse.class);
    }
}
