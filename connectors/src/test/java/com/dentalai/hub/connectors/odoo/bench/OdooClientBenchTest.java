package com.dentalai.hub.connectors.odoo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The benchmark under surefire (C1-only JIT there: prefer ops/bench/odoo-client.sh for figures). */
@Tag("bench")
class OdooClientBenchTest {

    @Test
    void printsTheFigures() throws Exception {
        String report = OdooClientBench.run(
                Integer.getInteger("bench.iterations", 3000), Integer.getInteger("bench.warmup", 1000));
        System.out.println(report);
        assertThat(report).contains("p50");
    }
}
