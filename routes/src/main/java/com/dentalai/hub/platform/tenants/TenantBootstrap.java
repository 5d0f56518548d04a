package com.dentalai.hub.platform.tenants;

import com.dentalai.hub.domain.tenant.Tenant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * On every start: reads {@code HUB_TENANTS_FILE}, rejects it (and the start) when invalid, and
 * upserts its tenants. The file is the source of the tenant settings; the hub's own state about a
 * tenant lives in other tables and survives any edit of the file.
 */
@Component
@DependsOnDatabaseInitialization
class TenantBootstrap implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(TenantBootstrap.class);

    private final TenantsProperties props;
    private final TenantStore store;
    private final ResourceLoader resources;

    TenantBootstrap(TenantsProperties props, TenantStore store, ResourceLoader resources) {
        this.props = props;
        this.store = store;
        this.resources = resources;
    }

    @Override
    public void afterPropertiesSet() {
        Path file = Path.of(props.file()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            LOG.warn("Tenants file {} not found (HUB_TENANTS_FILE): keeping the tenants already stored", file);
            return;
        }
        List<TenantsFile.Entry> entries;
        try (InputStream in = Files.newInputStream(file)) {
            entries = reader().read(file.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the tenants file " + file, e);
        }
        store.upsert(entries.stream().map(TenantBootstrap::row).toList());
        LOG.info("Tenants file {}: {} tenant(s) upserted", file, entries.size());
    }

    /** Reads and checks a file without storing it (tests, a future "validate" command). */
    List<TenantsFile.Entry> read(String name, InputStream yaml) {
        return reader().read(name, yaml);
    }

    private TenantsFile reader() {
        Resource schema = resources.getResource(props.schema());
        try (InputStream in = schema.getInputStream()) {
            return new TenantsFile(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the tenants schema " + props.schema(), e);
        }
    }

    private static TenantStore.Row row(TenantsFile.Entry e) {
        Tenant t = e.tenant();
        return new TenantStore.Row(
                t.id(),
                t.name(),
                t.kind().name().toLowerCase(Locale.ROOT),
                t.parent(),
                e.raw().toString());
    }
}
