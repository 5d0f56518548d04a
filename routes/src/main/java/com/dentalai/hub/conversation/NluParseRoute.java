package com.dentalai.hub.conversation;

import com.dentalai.hub.platform.gate.GatedRoutes;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** The NLU API behind the gate: integrators, operators and platform admins (no PHI is stored). */
@Component
class NluParseRoute extends RouteBuilder {

    static final String PARSE = "direct:nlu-parse";

    private final NluParsing parsing;

    NluParseRoute(NluParsing parsing) {
        this.parsing = parsing;
    }

    @Override
    public void configure() {
        from(PARSE)
                .routeId("nlu-parse")
                .routeProperty(GatedRoutes.PERMISSION, "NLU_PARSE")
                .bean(parsing, "parse");
    }
}
