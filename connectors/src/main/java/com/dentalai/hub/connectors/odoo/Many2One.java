package com.dentalai.hub.connectors.odoo;

/** A many2one value as Odoo returns it: {@code [id, "display name"]}. */
public record Many2One(long id, String name) {}
