package com.dentalai.hub.platform.gate;

import com.dentalai.hub.domain.security.PermissionMatrix;
import com.dentalai.hub.domain.security.PermissionPolicy;
import com.dentalai.hub.domain.tenant.TenantHierarchy;
import com.dentalai.hub.platform.audit.AuditTrail;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Beans the gate needs that other parts of the hub own. Registered as an auto-configuration (see
 * META-INF/spring/…AutoConfiguration.imports) so the conditions run after every application bean
 * is known: the real audit trail or policy, when present, always wins.
 */
@AutoConfiguration
public class GateFallbacks {

    @Bean
    @ConditionalOnMissingBean(AuditTrail.class)
    AuditTrail logAuditTrail() {
        return new LogAuditTrail();
    }

    @Bean
    @ConditionalOnMissingBean(PermissionPolicy.class)
    PermissionPolicy permissionPolicy(ObjectProvider<TenantHierarchy> tenants) {
        // the tenant bootstrap may rebuild the hierarchy; read it per decision
        return new PermissionPolicy(
                () -> tenants.getIfAvailable(() -> new TenantHierarchy(List.of())), PermissionMatrix.standard());
    }
}
