package com.dentalai.hub.platform.tenants;

import com.dentalai.hub.domain.security.PermissionMatrix;
import com.dentalai.hub.domain.security.PermissionPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link PermissionPolicy} of the hub, always looking at the current tenant directory. */
@Configuration(proxyBeanMethods = false)
class PermissionPolicyConfig {

    @Bean
    PermissionPolicy permissionPolicy(TenantDirectory tenants) {
        return new PermissionPolicy(tenants::hierarchy, PermissionMatrix.standard());
    }
}
