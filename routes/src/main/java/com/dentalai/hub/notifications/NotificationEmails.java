package com.dentalai.hub.notifications;

import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import org.springframework.stereotype.Component;

/** Empties the email outbox of every tenant, a batch per tenant and run. */
@Component
class NotificationEmails {

    private final NotificationStore store;
    private final StaffMailer mailer;
    private final TenantDirectory tenants;
    private final NotificationsProperties properties;

    NotificationEmails(
            NotificationStore store, StaffMailer mailer, TenantDirectory tenants, NotificationsProperties properties) {
        this.store = store;
        this.mailer = mailer;
        this.tenants = tenants;
        this.properties = properties;
    }

    /** Returns how many emails were sent. */
    public int sendPending() {
        int sent = 0;
        for (Tenant tenant : tenants.all()) {
            sent += store.sendPending(
                    tenant.id(), properties.email().batch(), properties.email().maxAttempts(), mailer::send);
        }
        return sent;
    }
}
