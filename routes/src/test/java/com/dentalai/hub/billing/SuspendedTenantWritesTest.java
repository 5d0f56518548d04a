package com.dentalai.hub.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.domain.security.Permission;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The naming rule that decides which permissions a suspended tenant loses (no container). */
class SuspendedTenantWritesTest {

    @Test
    void writesAreThePermissionsNamedAsChangesExceptPayingForTheSubscription() {
        Set<Permission> writes = Arrays.stream(Permission.values())
                .filter(SuspendedTenantWrites::isWrite)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)));

        assertThat(writes)
                .contains(
                        Permission.ODOO_WRITE,
                        Permission.PATIENTS_WRITE,
                        Permission.APPOINTMENTS_BOOK,
                        Permission.APPOINTMENTS_MANAGE,
                        Permission.FILES_UPLOAD,
                        Permission.USERS_MANAGE)
                .doesNotContain(
                        Permission.BILLING_MANAGE,
                        Permission.PATIENTS_READ,
                        Permission.ODOO_READ,
                        Permission.CHAT_CONVERSE,
                        Permission.WEBHOOK_INGEST,
                        Permission.AUDIT_EXPORT);
    }
}
