/**
 * The clinic's records as the hub sees them: patients, practitioners, appointments, invoices,
 * notes and files, behind the {@link com.dentalai.hub.domain.clinic.ClinicRecords} port. The
 * system of record (Odoo, with whichever model mapping a tenant uses) lives behind an adapter;
 * nothing here names an Odoo model or field.
 */
package com.dentalai.hub.domain.clinic;
