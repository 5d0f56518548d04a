package com.dentalai.hub.platform.audit;

import com.dentalai.hub.domain.audit.AuditEvent;

/** One row of {@code audit_events} as read back: the event plus its place in the tenant's chain. */
record StoredAuditRow(long id, long seq, String prevHash, String hash, AuditEvent event) {}
