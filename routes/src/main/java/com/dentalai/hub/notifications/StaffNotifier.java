package com.dentalai.hub.notifications;

import com.dentalai.hub.domain.notifications.StaffNotice;
import com.dentalai.hub.notifications.HubStaff.HubUser;
import com.dentalai.hub.odoo.OdooClients;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Files one staff notice: for the hub user the Odoo staff member maps to (in-app, in that user's
 * tenant) and for their Odoo email (the outbox); de-duplicated by event key. Logs ids only.
 */
@Component
class StaffNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(StaffNotifier.class);

    private final NotificationStore store;
    private final HubStaff hubStaff;
    private final SharedOdooDatabases databases;
    private final OdooClients clients;
    private final NotificationsProperties properties;

    StaffNotifier(
            NotificationStore store,
            HubStaff hubStaff,
            SharedOdooDatabases databases,
            OdooClients clients,
            NotificationsProperties properties) {
        this.store = store;
        this.hubStaff = hubStaff;
        this.databases = databases;
        this.clients = clients;
        this.properties = properties;
    }

    /** Body in: a {@link StaffNotice}. */
    public void file(Exchange exchange) {
        StaffNotice notice = exchange.getMessage().getBody(StaffNotice.class);
        if (!properties.allowsExcerpt(notice.tenantId())) {
            notice = notice.withoutExcerpt();
        }
        Optional<HubUser> user = hubStaff.byEmail(databases.scopeOf(notice.tenantId()), notice.email());
        if (user.isEmpty() && notice.email() == null) {
            LOG.info(
                    "{} for Odoo user {} of tenant {}: no hub user and no email, nobody to tell",
                    notice.kind(),
                    notice.odooUserId(),
                    notice.tenantId());
            return;
        }
        String storeTenant = user.map(HubUser::tenantId).orElse(notice.tenantId());
        Optional<UUID> id = store.admit(
                storeTenant,
                notice,
                user.map(HubUser::id).orElse(null),
                notice.kind().subject(),
                link(notice));
        if (id.isPresent()) {
            LOG.info(
                    "notification {} ({}) for Odoo user {} of tenant {} filed (in-app: {}, email: {})",
                    id.get(),
                    notice.kind(),
                    notice.odooUserId(),
                    storeTenant,
                    user.isPresent(),
                    notice.email() != null);
        } else {
            LOG.debug("{} dropped: same event within {}", notice.eventKey(), properties.dedupeWindow());
        }
    }

    /** The record in the tenant's Odoo web client (the staff member logs in there to read it). */
    private String link(StaffNotice notice) {
        String base = clients.tenant(notice.tenantId()).odoo().url().replaceAll("/+$", "");
        return base + "/web#model=" + URLEncoder.encode(notice.model(), StandardCharsets.UTF_8) + "&id="
                + notice.resId();
    }
}
