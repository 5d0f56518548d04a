package com.dentalai.hub.odoo;

import com.dentalai.hub.connectors.odoo.OdooClientFactory;
import com.dentalai.hub.connectors.odoo.mapping.MappingLoader;
import com.dentalai.hub.connectors.odoo.mapping.MappingValidator;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The connector pieces the Odoo module shares across tenants. */
@Configuration(proxyBeanMethods = false)
class OdooConfig {

    /** One factory: it holds the per-tenant circuit breakers. */
    @Bean
    OdooClientFactory odooClientFactory() {
        return new OdooClientFactory();
    }

    @Bean
    MappingLoader odooMappingLoader(OdooProperties properties) {
        String dir = properties.mappingsDir();
        return new MappingLoader(dir == null || dir.isBlank() ? null : Path.of(dir));
    }

    @Bean
    MappingValidator odooMappingValidator() {
        return new MappingValidator();
    }
}
